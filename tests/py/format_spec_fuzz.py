# A deterministic sweep over the format-spec grammar: specs built from
# fill/align, sign, z, #, 0, width, grouping, precision and type by a
# linear congruential generator, applied to ints, floats, bools and str.
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n
aligns = ["", "<", ">", "^", "="]
fills = ["", "*", "0", " ", "é"]
signs = ["", "+", "-", " "]
widths = ["", "1", "8", "15"]
groups = ["", ",", "_"]
precs = ["", ".0", ".1", ".3", ".12"]
int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"]
str_types = ["", "s", "d"]
values = [0, 1, -1, 42, 255, -1234567, 2 ** 64, 10 ** 20 + 1, True,
          0.0, -0.0, 1.5, -2.675, 1234567.891, 1e-7, 1e22, 123456789012.5, float("inf"), float("-inf"), float("nan"),
          "", "text", "ünï"]
errors = 0
for v in values:
    types = str_types if isinstance(v, str) else float_types if isinstance(v, float) else int_types
    for _ in range(120):
        align = aligns[rnd(len(aligns))]
        fill = fills[rnd(len(fills))] if align else ""
        spec = fill + align + signs[rnd(4)] + ("z" if rnd(6) == 0 else "") + ("#" if rnd(4) == 0 else "")
        spec += ("0" if rnd(4) == 0 else "") + widths[rnd(len(widths))] + groups[rnd(3)]
        spec += precs[rnd(len(precs))] + types[rnd(len(types))]
        try:
            out = format(v, spec)
        except (ValueError, TypeError) as e:
            errors += 1
            out = type(e).__name__ + ": " + str(e)
        print(f"{v!r:>24} {spec!r:>14} -> {out!r}")
print("errors:", errors)
