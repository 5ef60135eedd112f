# Set operators on keys and items views.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 2, 3: 4}
e = {3: 4, 5: 6}
print(d.keys() & {1}, d.keys() | [7], d.keys() - {1}, d.keys() ^ {1, 5})
print(d.items() & {(1, 2)}, d.items() | {(9, 9)}, d.items() - [(1, 2)], d.items() ^ e.items())
print(d.keys() & e.keys(), d.keys() | e.keys(), {1, 8} | d.keys(), [3, 8] & d.keys(), (3, 1) & e.keys())
print({i: i for i in range(10)}.keys() & {i * 3 for i in range(8)})
attempt(lambda: d.keys() & 5)
attempt(lambda: d.values() & {2})
attempt(lambda: {1: [1]}.items() & {(1, 1)})
