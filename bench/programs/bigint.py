# Big-integer arithmetic: factorial, powers, modular mixing, str conversion.
try:
    SCALE
except NameError:
    SCALE = 1

rounds = int(400 * SCALE)
f = 1
for i in range(2, 1501):
    f *= i
p = 3 ** 10000
m = (1 << 9000) - 1
x = 1
for k in range(rounds):
    x = (x * f + p) % m
    x ^= p >> (k % 64)
q, r = divmod(p, f // 1234567 + 7)
fibs = [0, 1]
for i in range(int(20000 * SCALE)):
    fibs.append(fibs[-1] + fibs[-2])
s = str(f)[:40]
print(len(str(f)), s, x % 1000003, r % 1000007, fibs[-1] % 1000000007)
