# dict.fromkeys over iterables.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys([1, 2]), dict.fromkeys("ab", 0), {}.fromkeys([1]), dict.fromkeys({"x": 1, "y": 2}, []))
print(dict.fromkeys({3, 1, 2}), dict.fromkeys(range(3), "v"), dict.fromkeys(c for c in "hi"))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.fromkeys([[]]))
attempt(lambda: dict.fromkeys([1], 2, 3))
