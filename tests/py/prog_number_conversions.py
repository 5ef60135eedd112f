def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n, (n, r)
    print(n, r)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int("zz", 36), int("-101", 2), int("0o17", 0))
print(bin(10), oct(64), hex(-255), f"{10:b}", f"{255:#o}", f"{3735928559:X}", format(1234, "_x"))
print(2 ** 100, (2 ** 100) % 97, pow(3, 200, 1000), -2 ** 2, (-2) ** 2, 10 ** -2, 0 ** 0)
def gcd(a, b):
    while b: a, b = b, a % b
    return a
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
print(gcd(1071, 462), primes(50), sum(primes(1000)))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1
    if n > 1: out.append(n)
    return out
print({n: factor(n) for n in (84, 97, 1001, 2 ** 31 - 1)})
print(f"{1234567.891:,.2f}", f"{-0.5:+.1%}", f"{12345678901234567890:,}", f"{3.0:g}", f"{1e-10:g}", f"{123456789.0:.3e}")
x = 12345678901234567890123
print(x * x, x // 7, x % 7, -x // 7, x >> 10, x & 0xFFFF, x.bit_length(), str(x)[::-1])
to_roman(0)
