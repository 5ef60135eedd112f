# Integer arithmetic: small and big ints, Python's floor semantics.
vals = [0, 1, -1, 7, -7, 3, -3, 10**20, -(10**20), 2**47, -(2**47), 2**63]
for a in vals:
    for b in [1, -1, 3, -3, 7, 2**64 + 1]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod_like := (a // b, a % b))
print(2 ** 100, (-2) ** 63, 3 ** 0, 0 ** 0)
print(1 << 70, -1 << 3, (1 << 100) >> 98, -9 >> 1)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~5, ~-1, ~(2**80))
print(-(2**100) & 0xFFFF, (2**100) | 1, (2**64) ^ (2**64 - 1))
print(True + True, True * 10, False - 1, True & False, True | False, True ^ True)
print(7 / 2, -7 / 2, 10**20 / 10, 1 / 3)
print(abs(-5), abs(-(10**30)), -(-5), +5)
x = 5
x += 3
x -= 1
x *= 4
x //= 3
x %= 5
x **= 3
x <<= 2
x >>= 1
x |= 1
x &= 0xFF
x ^= 0x10
print(x)
print(12345678901234567890 * 98765432109876543210)
print(2**64 // 3, 2**64 % 7, -(2**64) // 7, -(2**64) % 7)
