# *args collects extra positionals as a tuple, **kwargs extra keywords as
# a dict in call order.
def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(a=1, z=0))
def only_kw(**kw):
    return list(kw.items())
print(only_kw(b=1, a=2, c=3))
def only_args(*a):
    return type(a).__name__, len(a), a
print(only_args(), only_args(None), only_args(*"abc"))
def mixed(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
print(mixed(*[1, 2, 3], **{"c": 0, "zz": 1}))
def kwargs_is_fresh(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(kwargs_is_fresh(**d), d)
