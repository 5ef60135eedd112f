# Keyword problems: unexpected names, duplicates, positional-only names
# passed by keyword, ** with a non-mapping or non-str keys.
def f(a, b=2):
    pass
def g(a, /, b):
    pass
def kw(**k):
    return k
calls = [
    lambda: f(1, c=3),
    lambda: f(1, a=1),
    lambda: f(b=1),
    lambda: f(1, 2, b=3),
    lambda: g(a=1, b=2),
    lambda: f(**{"a": 1, "zz": 2}),
    lambda: f(*[1], **{"a": 2}),
    lambda: kw(**{1: 2}),
    lambda: kw(**[1, 2]),
    lambda: f(*5),
    lambda: kw(a=1, **{"a": 2}),
    lambda: kw(**{"x": 1}, **{"x": 2}),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
print(kw(**{"b": 1}, c=2, **{"d": 3}))
