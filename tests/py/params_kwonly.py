# Keyword-only parameters (after * or *args), required and defaulted.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key="k"), f(1, flag=True, key=2))
def g(*args, sep=" ", end=""):
    return sep.join(str(a) for a in args) + end
print(g(1, 2, 3), g(1, 2, sep="-", end="!"), repr(g()))
def h(*, a, b, c=3):
    return a * b * c
print(h(a=1, b=2), h(b=5, a=2, c=1))
for call in [lambda: f(1, 2), lambda: f(1), lambda: h(1, 2), lambda: h(a=1),
             lambda: h(), lambda: g(1, foo=2), lambda: f(1, key=1, other=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
