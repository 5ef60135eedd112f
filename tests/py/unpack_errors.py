# Unpacking mismatches: CPython's ValueError/TypeError wording.
cases = [
    "a, b = [1]",
    "a, b = [1, 2, 3]",
    "a, b = 'abcd'",
    "a, = ()",
    "a, b, *c = [1]",
    "a, *b, c, d = 'xy'",
    "a, b = 5",
    "a, b = None",
    "(a, b), c = [1, 2], 3",
    "a, b = iter([1, 2, 3])",
]
for src in cases:
    try:
        if src == cases[0]:
            a, b = [1]
        elif src == cases[1]:
            a, b = [1, 2, 3]
        elif src == cases[2]:
            a, b = "abcd"
        elif src == cases[3]:
            a, = ()
        elif src == cases[4]:
            a, b, *c = [1]
        elif src == cases[5]:
            a, *b, c, d = "xy"
        elif src == cases[6]:
            a, b = 5
        elif src == cases[7]:
            a, b = None
        elif src == cases[8]:
            (a, b), c = [1, 2], 3
        else:
            a, b = iter([1, 2, 3])
        print(src, "-> ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
for x, y in [(1, 2), (3,)]:
    print(x, y)
