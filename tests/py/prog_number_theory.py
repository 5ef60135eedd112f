# Number theory helpers: sieve, factorisation, gcd/lcm, modular inverse,
# perfect numbers, Collatz lengths and digit sums.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(sieve(10000)))
def factorize(n):
    f, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
for n in [360, 97, 1001, 2 ** 20, 600851475143, 1]:
    print(n, factorize(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(462, 1071), gcd(-12, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
l = 1
for k in range(1, 21):
    l = lcm(l, k)
print(l)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
print(modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print(e)
print([n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
print(sum(int(d) for d in str(2 ** 1000)), sum(map(int, str(3 ** 333))))
