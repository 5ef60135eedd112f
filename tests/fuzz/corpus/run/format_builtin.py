# The format() builtin: default spec, str() equivalence, spec type
# errors, and format() of containers and None.
print(format(5), format(5.0), format("s"), format(None), format([1, 2]), format((1,)), format(True))
print(format(5, ""), format(1.5, ""), format("x", ""), format(-1, "") == str(-1), format(1e100) == str(1e100))
print(format(12, "x"), format(12.5, "08.3f"), format("abc", "^7"), format(2 ** 80, "_"))
for bad in [lambda: format(1, 2), lambda: format(), lambda: format(1, "d", 3), lambda: format([1], "x"),
            lambda: format(None, "s"), lambda: format(1, "!"), lambda: format("a", "x")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
