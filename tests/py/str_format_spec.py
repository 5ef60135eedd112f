# The format-spec mini-language through format(), str.format and f-strings.
values = [0, 7, -7, 255, 1234567, 2**70, 3.14159, -0.5, 1e20, 1.5e-7, float("inf"), float("nan"), True, "text"]
specs = ["", ">8", "<8", "^8", "*^9", "+", " ", "08", ",", "_", ".2f", "e", ".3g", "%", "x", "#x", "#o", "b", "n", "c", "=+10"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
print(f"{3.14159:.2f} {42:>6} {'x':*^5} {1234567:,} {255:#X} {0.25:.0%} {-3:+05d}")
print("{:=^20}".format(" title "), "{:08.3f}".format(-3.14159), "{:,.2f}".format(1234567.891))
