# Several closures from one call share cells; separate calls get
# separate cells. Parameters and loop variables can be cells too.
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient funds: {balance} < {n}")
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
d1, w1, g1 = make_account(100)
d2, w2, g2 = make_account(5)
print(d1(50), w1(30), g1(), g2())
try:
    w2(10)
except ValueError as e:
    print(e)
print(d2(1), g2(), g1())
def chain(n):
    if n == 0:
        return lambda: "bottom"
    inner = chain(n - 1)
    return lambda: f"{n}>" + inner()
print(chain(4)())
def compose(*fs):
    def run(x):
        for i in range(len(fs) - 1, -1, -1):
            x = fs[i](x)
        return x
    return run
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    return wrapper, calls
def slow_square(n):
    return n * n
sq, calls = memoize(slow_square)
print([sq(i % 3) for i in range(9)], calls[0])
