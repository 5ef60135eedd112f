# dict | and |=, update from dicts, pairs and keywords, setdefault,
# copy being shallow, and equality ignoring order.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = dict(a)
c |= b
print(c)
c.update([("w", 0)])
print(c)
c.update({"x": -1}, v=5)
c.update([("u", 9)])
print(c)
print(c.setdefault("x", 100), c.setdefault("new", []), c)
c["new"].append(1)
shallow = c.copy()
shallow["new"].append(2)
shallow["x"] = "changed"
print(c["new"], c["x"], shallow["x"])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {1: "a"} == {1.0: "a"})
for bad in [lambda: a | [("k", 1)], lambda: c.update(5), lambda: c.update([1, 2]), lambda: a.update({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c.clear()
print(c, len(c))
