# Every instruction whose registers vm.c checks for a type (the register
# guards against forged snapshots) runs here on compiled code, where the
# checks must never fire.
def counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    def dec():
        nonlocal n
        del n
    return inc, dec

inc, dec = counter()
print(inc(2), inc(3))
try:
    dec()
    inc(1)
except NameError as e:
    print("NameError", e)

xs = [i * i for i in range(6)]
s = {x % 5 for x in xs}
d = {x: str(x) for x in xs[:3]}
print(xs, sorted(s), d, [*xs[:2], *range(2)], {*s, *"ab"} >= {"a"}, {**d, 9: 0})
print(tuple([1, 2]), (*xs[:2],), f"{xs[2]:>5}|{3.14159:.2f}|{'q'!r}|{xs}")

def kw(**k):
    return sorted(k)
print(kw(**{"a": 1}, **{"b": 2}), True.bit_length(), (5).to_bytes(2, "big"), "a,b".split(","))

def gen():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + repr(e)

def outer():
    r = yield from gen()
    return r

g = outer()
print(next(g), g.throw(KeyError("k")))
for attempt in range(3):
    try:
        try:
            raise ValueError(attempt)
        finally:
            attempt += 1
    except (TypeError, ValueError) as e:
        print("handled", e)
try:
    try:
        raise IndexError("inner")
    except IndexError:
        raise
except IndexError as e:
    print(type(e).__name__, e)
