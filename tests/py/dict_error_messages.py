# Dict errors: KeyError shows the repr of the key, unhashable keys,
# mutation during iteration, bad constructor input, popitem on empty.
d = {"a": 1}
for key in ["missing", 1, (1, "x"), None, "", 2.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args)
for bad in [lambda: d[[1]], lambda: d.get({}), lambda: {[]: 1}, lambda: {1: 2}.setdefault(set(), 0),
            lambda: {}.popitem(), lambda: {}.pop("x"), lambda: dict(1), lambda: dict(["ab", "c"]),
            lambda: dict([(1,)]), lambda: dict({}, {}), lambda: {} + {}, lambda: {1: 2} < {1: 2}]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(3)}
for k in d:
    d[k] = "overwriting values is fine"
print(d)
print({}.pop("x", "default"), {"k": 0}.get("k", 5), {}.get("k"))
