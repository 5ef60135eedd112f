# dict errors from methods and subscripts.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, (1, 2): "t", 3: "i"}
attempt(lambda: d["missing"])
attempt(lambda: d[[1]])
attempt(lambda: d.pop((9, 9)))
attempt(lambda: {}.popitem())
attempt(lambda: d.setdefault({}))
attempt(lambda: dict.fromkeys([{}]))
attempt(lambda: d.update([["only"]]))
attempt(lambda: d.update(["abc"]))
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.copy(1))
attempt(lambda: d.values(1))
print(d)
