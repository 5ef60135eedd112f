# Generators driven by for loops, builtins and each other while also
# being sent to, thrown into and closed; and generators re-entering
# themselves.
def numbers():
    n = 0
    while n < 10:
        got = yield n
        n = got if got is not None else n + 1

g = numbers()
for v in g:
    print("loop", v)
    if v == 2:
        print("send ->", g.send(7))
    if v == 8:
        g.close()
print("after loop", next(g, "exhausted"))

g = numbers()
print(sum(g), next(g, "empty"))

def reenter():
    for x in me:
        yield x
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)

def thrower():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "handled"
        yield "more"

t = thrower()
out = []
for v in t:
    out.append(v)
    if v == 1:
        out.append(t.throw(ValueError))
print(out)

def pairs():
    yield from zip("ab", numbers())
print(dict(pairs()))
print(sorted(numbers(), key=lambda v: -v)[:3], max(numbers()), min(numbers(), key=lambda v: abs(v - 5)))
print(any(v > 3 for v in numbers()), all(v < 3 for v in numbers()))
print(list(enumerate(numbers(), 1))[-1], list(filter(lambda v: v % 3 == 0, numbers())))
print(tuple(map(lambda a, b: a * b, numbers(), numbers())))

def close_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup value"

c = close_in_finally()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
try:
    next(c)
except GeneratorExit:
    print("the pending GeneratorExit resumes after the finally")

def return_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"

r = return_in_finally()
next(r)
print(r.close())
r = return_in_finally()
next(r)
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("throw ended it with", e.value)

gx = (i * i for i in range(4))
print(next(gx), gx.send(None), list(gx))
gx = (i for i in range(3))
try:
    gx.send(1)
except TypeError as e:
    print(e)
gx.close()
print(list(gx))
