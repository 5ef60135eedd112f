# Generator objects: send, return value in StopIteration, yield as an
# expression, close, exhaustion, and yield from delegation.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def inner():
    x = yield 1
    yield x * 2
    return "inner done"
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(21), next(o))
try:
    print(list(outer()))
except TypeError as e:
    print("send(None) path:", e)
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
c = closable()
print(next(c))
c.close()
print(next(c, "closed"))
s = echo()
try:
    s.send(5)
except TypeError as e:
    print(e)
def delegate_list():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    yield from "ab"
print(list(delegate_list()))
