# CPython's messages for keyword-only parameter mistakes.
def one(a, *, b):
    pass
def two(*, x, y):
    pass
def three(a, *, p, q, r):
    pass
def with_defaults(*, x=1, y):
    pass
def star(*args, k):
    pass
calls = [
    lambda: one(1),
    lambda: one(1, 2),
    lambda: one(1, 2, b=3),
    lambda: two(),
    lambda: two(x=1),
    lambda: two(1, 2),
    lambda: three(1),
    lambda: three(1, q=2),
    lambda: with_defaults(),
    lambda: with_defaults(1),
    lambda: star(1, 2, 3),
    lambda: star(),
    lambda: one(b=1),
    lambda: one(1, b=2, c=3),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
