# all() and any() stop at the deciding item, also over generators.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(all([]), all([1, 0]), any([0, 1]), any([]), all("abc"), any([0, 0.0, "", [], 5]), all({0: 1}), any(range(0)))
seen = []
def noisy(x):
    seen.append(x)
    return x
print(any(noisy(x) > 2 for x in range(10)), seen)
seen.clear()
print(all(noisy(x) < 3 for x in range(10)), seen)
print(any(map(lambda x: x % 7 == 6, range(100))), all(filter(None, [0, 1, 2])))
print(all(x > 0 for x in []), any(x for x in [None, 0, ""]))
attempt(lambda: all(1))
attempt(lambda: any())
attempt(lambda: all([1, 2], 3))
attempt(lambda: any(1 / x for x in [1, 0]))
