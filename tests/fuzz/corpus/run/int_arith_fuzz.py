# Big-integer arithmetic on random operands of mixed signs and sizes
# (1 to ~400 bits) built by an LCG: + - * // % divmod ** << >> & | ^ ~
# abs and comparisons, plus str/hex round trips.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 20) % n
def rand_int():
    bits = 1 + rnd(400)
    v = 0
    while bits > 0:
        v = (v << 30) | rnd(2 ** 30)
        bits -= 30
    v >>= rnd(30)
    return -v if rnd(2) else v
for _ in range(250):
    a, b = rand_int(), rand_int()
    if b == 0:
        b = 3
    q, r = divmod(a, b)
    print(a + b, a - b, a * b, a // b, a % b, q * b + r == a, a < b, a == b)
    print(a & b, a | b, a ^ b, ~a, abs(a), a << rnd(70), a >> rnd(70), pow(a, rnd(4)))
    print(hex(a), oct(b)[:20], int(str(a)) == a, int(hex(b), 16) == b, pow(abs(a) + 1, rnd(50), abs(b) + 2))
