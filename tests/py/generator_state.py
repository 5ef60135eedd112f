# Generator state: each call makes an independent generator, locals
# persist between next() calls, closures see current values, a running
# generator cannot be re-entered, and exhausted ones stay exhausted.
def counter(start):
    n = start
    while True:
        got = n
        n += 1
        yield got
a, b = counter(0), counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def with_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in [1, 2, 3]:
        add(v)
        yield total
print(list(with_closure()))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def finite():
    yield 1
f = finite()
print(list(f), list(f), next(f, "still exhausted"))
def gen_args(*args, **kwargs):
    for a in args:
        yield a
    for k in sorted(kwargs):
        yield k, kwargs[k]
print(list(gen_args(1, 2, z=3, a=4)))
def lazy_default(x=[]):
    x.append(1)
    yield len(x)
print(next(lazy_default()), next(lazy_default()))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            for v in it:
                yield v
                nxt.append(it)
                break
        its = nxt
print(list(interleave("abc", [1, 2], "XYZW")))
