# Bad calls: CPython 3.11's exact messages.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(x, /, y):
    pass
def k(*, only):
    pass
def m(a, b, c, d=1):
    pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, z=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4),
    lambda: g(c=1),
    lambda: h(x=1, y=2),
    lambda: h(1),
    lambda: k(1),
    lambda: k(),
    lambda: m(),
    lambda: m(1),
    lambda: m(1, 2, 3, 4, 5),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: 5(),
    lambda: "abc"(),
    lambda: None(1),
    lambda: print(foo=1),
    lambda: sorted(),
    lambda: isinstance(1),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
    lambda: f(*[1], **{"a": 1}),
    lambda: f(**[1]),
    lambda: f(1, **{"b": 2}, b=3),
    lambda: int(1, 2, 3),
    lambda: list.append(),
    lambda: list.append(1, 2),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
f(1, 2, 3, 4)
