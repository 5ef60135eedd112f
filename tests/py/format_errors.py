# Invalid format specs: CPython's ValueError/TypeError messages.
cases = [
    (1, "s"), (1.5, "d"), (1.5, "x"), ("s", "d"), ("s", "+"), ("s", "="), ("s", ","), ("s", "#"),
    (1, ".2"), (1, ",_"), (1, "_,"), (1, ",c"), (1, "z"), (1, "q"), (1.5, "c"), (1.5, "#,b"),
    (1, "5.5x"), (1, "-c"), (1, ">>>"), (1, "=c"), (None, "d"), ([1], "5"), ((1,), "x"), (1, "," * 2),
    ("s", "05"), (0x110000, "c"), (-1, "c"), (1, "%c" if False else "%d"),
]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), "->", type(e).__name__, e)
