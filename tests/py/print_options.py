# print(): sep, end, no arguments, non-str values, errors.
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" <- same line")
print(*[1, 2, 3], sep="-")
print(*"abc")
print([1, "2"], (3,), {4: "5"}, None, True, 1.0, -0.0, 1e100)
for bad in [dict(sep=1), dict(end=[]), dict(flush=1, foo=2)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)
