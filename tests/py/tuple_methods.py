# tuple.index and tuple.count.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 1, "a", (1, 2), 1.0)
print(t.index(1), t.index(1, 1), t.index("a"), t.index((1, 2)), t.count(1), t.count((1, 2)), t.count("z"))
print(t.index(2, -6, -3), (True, 1, 1.0).count(1))
attempt(lambda: t.index(3))
attempt(lambda: (1, 2).count())
attempt(lambda: (1,).index(1, 1))
attempt(lambda: (1,).index(x=1))
attempt(lambda: (1,).index(1, "a"))
