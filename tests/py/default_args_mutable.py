# Defaults are evaluated once, when def runs: a mutable default is
# shared between calls, and later rebinding of the source has no effect.
def append_to(v, target=[]):
    target.append(v)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(v, target=None):
    if target is None:
        target = []
    target.append(v)
    return target
print(safe_append(1), safe_append(2))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1), add(1, base))
evals = []
def noisy(v):
    evals.append(v)
    return v
def f(a=noisy("a"), b=noisy("b")):
    return a + b
print(evals, f(), f("x"), evals)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def defaults_with_kwonly(a, b=2, *, c=3, d):
    return a, b, c, d
print(defaults_with_kwonly(1, d=4), defaults_with_kwonly(1, 5, d=6, c=7))
lam = lambda x, y=[0]: (y.append(x), len(y))[1]
print(lam(1), lam(2), lam(3, []))
