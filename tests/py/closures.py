# Closures, nonlocal, late binding, nested scopes.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make(n):
    def mul(k):
        return n * k
    return mul
double, triple = make(2), make(3)
print(double(5), triple(5), make("ab")(2))
def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g(), x
print(shadow())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
g = 100
def read_global():
    return g
def write_global():
    global g
    g = 200
print(read_global())
write_global()
print(read_global(), g)
def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(fib_memo()(80))
