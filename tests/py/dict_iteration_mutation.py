# Changing a dict's size while iterating it (or a view) raises
# RuntimeError; changing values or iterating over a copy is fine.
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"a": 1, "b": 2}
for k, v in d.items():
    d[k] = v * 10
print(d)
for view in ["keys", "values", "items"]:
    d = {1: 1, 2: 2}
    try:
        for _ in getattr(d, view)():
            d[len(d) + 5] = 0
    except RuntimeError as e:
        print(view, e)
d = {1: 1}
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
for x in set(s):
    s.discard(x)
print(s)
