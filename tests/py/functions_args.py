# Parameters: defaults, keywords, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2, b=3, z=9))
def g(x, y, /, z=0, *, w):
    return x + y + z + w
print(g(1, 2, w=3), g(1, 2, 3, w=4))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, 2), h(k=1), h(*[1, 2], *(3,), **{"a": 1}, b=2))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def kwonly(*, key, flag=False):
    return key, flag
print(kwonly(key=1), kwonly(flag=True, key=2))
def outer():
    def inner(n, /, **kw):
        return n, kw
    return inner
print(outer()(1, n=2))
print((lambda *a, **k: (a, k))(1, x=2), (lambda x=5: x)())
args = (1, 2)
kwargs = {"w": 10}
print(g(*args, **kwargs))
def count(*, start=0, step=1):
    return [start + step * i for i in range(3)]
print(count(), count(start=10), count(step=-1, start=0))
