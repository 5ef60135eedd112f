# join over every kind of iterable, and its errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(",".join(["a", "b", "c"]), "".join(("x", "y")), repr("-".join([])), "-".join(["solo"]))
print("é".join("abc"), "+".join({"k1": 1, "k2": 2}), ", ".join(str(i) for i in range(4)))
print("".join(map(str, [1, 2, 3])), "|".join(sorted({"b", "a", "c"})), " ".join(reversed(["x", "y"])))
print("/".join(filter(None, ["", "usr", "", "bin"])), "".join(c.upper() for c in "shout"))
attempt(lambda: "a".join(1))
attempt(lambda: "a".join([1]))
attempt(lambda: "a".join(["a", 2]))
attempt(lambda: "a".join(b"ab"))
attempt(lambda: "a".join())
attempt(lambda: "a".join(iterable=[]))
attempt(lambda: "-".join(x for x in [1]))
