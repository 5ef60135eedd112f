# Positional-only parameters (before /): passing them by keyword fails;
# their names stay free for **kwargs.
def f(a, b, /, c, *, d=4):
    return (a, b, c, d)
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2, b=3))
def h(a=1, b=2, /):
    return a + b
print(h(), h(10), h(10, 20))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: h(a=1),
             lambda: f(1), lambda: f(1, 2), lambda: h(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
lam = lambda x, /, y: x - y
print(lam(5, 3), lam(5, y=1))
try:
    lam(x=5, y=1)
except TypeError as e:
    print(e)
