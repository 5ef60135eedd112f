# Shortest round-tripping repr of many floats: values built from random
# digit strings and exponents by an LCG, printed with repr, str, and a
# few fixed formats; float(repr(x)) == x must hold.
seed = 99
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
bad = 0
for _ in range(700):
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(19)))
    exp = rnd(640) - 330
    sign = "-" if rnd(2) else ""
    x = float(f"{sign}{digits}e{exp}")
    if float(repr(x)) != x:
        bad += 1
    print(repr(x), str(x * 3), f"{x:.17g}", f"{x:.6e}", round(x, 3) if abs(x) < 1e300 else "big")
for a in range(1, 40):
    print(a / 7, a * 0.1, 1 / a, a ** 0.5, a / 3 * 3, 2.0 ** -a, 10.0 ** (a - 20))
print("mismatches:", bad)
