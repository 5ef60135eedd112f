# A deterministic sweep over printf-style conversions: flags, width,
# precision and conversion letters built by an LCG, applied to ints,
# floats and strings with the % operator.
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- "]
widths = ["", "1", "6", "12"]
precs = ["", ".", ".0", ".2", ".5"]
convs = ["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "s", "r", "a", "c"]
values = [0, 7, -42, 255, 2 ** 70, -(10 ** 12), True, 0.0, -0.5, 3.14159, 1e-5, 2.5e16, float("inf"), float("nan"),
          "str", "", "é"]
for v in values:
    for _ in range(60):
        fmt = "%" + flags[rnd(len(flags))] + widths[rnd(len(widths))] + precs[rnd(len(precs))] + convs[rnd(len(convs))]
        try:
            out = fmt % (v,)
        except (TypeError, ValueError, OverflowError) as e:
            out = type(e).__name__ + ": " + str(e)
        print(f"{fmt!r:>10} % {v!r:>24} -> {out!r}")
