# Generator state: laziness, exhaustion, independence, closures over loop
# variables, generators of generators.
def counter(start):
    n = start
    while True:
        n += 1
        yield n
a, b = counter(0), counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(3, counter(10)), take(0, counter(0)))
def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
print(pipeline(range(10)))
g = (c.upper() for c in "abc")
print(list(g), list(g))
side = []
def noisy(n):
    for i in range(n):
        side.append(i)
        yield i
lazy = noisy(5)
print(side)
print(next(lazy), side)
print(list(lazy), side)
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib_gen()))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(x) for x in gens])
print(sum(x for x in range(1000) if x % 7 == 0), max((len(s), s) for s in ["aa", "b", "ccc"]))
