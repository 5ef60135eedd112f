# all/any over lists, generators (stopping early), strings, dicts and
# empty iterables; they return bools, not elements.
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), any([0, 2]))
print(all("abc"), any(""), all({0: 1}), any({0: 1, 1: 0}))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(x) > 2 for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(track(x) < 2 for x in [1, 3, 5]), seen)
print(any(x for x in [[], (), {}, 0.0, 0]), all(range(1, 5)), all(range(5)))
print(type(any([1])).__name__, any([[]]), all([[]]))
for bad in [1, None]:
    try:
        all(bad)
    except TypeError as e:
        print(e)
try:
    any()
except TypeError as e:
    print(e)
