# Arbitrary-precision integer arithmetic: factorials, powers, Fibonacci,
# mixed signs, divmod identities and conversions of big values.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50, len(str(fact(500))), str(fact(100))[:20], fact(100) % (10 ** 9 + 7))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length())
x = 3 ** 200
y = -(7 ** 150)
print(x + y, x - y, (x * y) % 1000003, x // y, x % y, divmod(y, 10 ** 40))
q, r = divmod(x, y)
print(q * y + r == x, abs(y) < 10 ** 127, -y > 0, y < 0)
print(2 ** 1000 - 1 == (1 << 1000) - 1, hex(2 ** 128)[:6], int(str(x)) == x, float(2 ** 100))
print(pow(2, 521) - 1 > 10 ** 156, (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, -(2 ** 64) // 3)
print(sum(range(10 ** 6)), 10 ** 18 * 10 ** 18, (2 ** 63) * 2 - 1, -(2 ** 63) - 1, 9223372036854775807 + 1)
print(abs(-(10 ** 30)), max(10 ** 20, 10 ** 20 + 1), sorted([10 ** 19, -(10 ** 19), 0]), 10 ** 20 == 10 ** 20)
