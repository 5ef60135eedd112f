# yield from (PEP 380): send, throw and close reach the sub-generator; its
# return value is the value of the yield from; errors cross both frames.
def inner(tag):
    total = 0
    try:
        while True:
            v = yield (tag, total)
            if v is None:
                break
            total += v
    except KeyError as e:
        print("inner caught", repr(e))
        yield ("after", total)
    finally:
        print("inner finally", tag)
    return total

def outer():
    a = yield from inner("a")
    print("a returned", a)
    b = yield from inner("b")
    print("b returned", b)
    return a + b

o = outer()
print(next(o))
print(o.send(3), o.send(4))
print(next(o))
print(o.send(10))
try:
    o.send(None)
except StopIteration as e:
    print("outer returned", e.value)

o = outer()
next(o)
print(o.throw(KeyError("to inner")))
try:
    next(o)
except StopIteration:
    print("unexpected")
print(o.send(None) if False else "skip")
o.close()
print("closed outer")

def deep(n):
    if n == 0:
        try:
            yield "bottom"
        finally:
            print("bottom closed")
        return "r0"
    r = yield from deep(n - 1)
    return r + str(n)

d = deep(5)
print(next(d))
d.close()
print(next(d, "done"))
d = deep(3)
next(d)
try:
    next(d)
except StopIteration as e:
    print("deep returned", e.value)

def passthrough(it):
    return (yield from it)

p = passthrough(iter([1, 2]))
print(next(p), next(p), next(p, "end"))
p = passthrough(iter([1, 2]))
next(p)
try:
    p.send(5)
except AttributeError as e:
    print(e)
p = passthrough(iter([1, 2]))
next(p)
try:
    p.throw(IndexError("into list iterator"))
except IndexError as e:
    print("raised in delegator:", e)
print(next(p, "delegator finished"))
p = passthrough(range(3))
next(p)
print(p.close(), next(p, "closed"))

def catches_in_outer():
    try:
        yield from inner("x")
    except ZeroDivisionError as e:
        print("outer caught", e)
        yield "outer recovered"

c = catches_in_outer()
next(c)
print(c.throw(ZeroDivisionError("zde")))
print(next(c, "over"))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def delegates_to_ignorer():
    try:
        yield from ignores_exit()
    except RuntimeError as e:
        print("delegator sees", e)
        raise

q = delegates_to_ignorer()
next(q)
try:
    q.close()
except RuntimeError as e:
    print("close:", e)

def stop_leaker():
    yield 1
    raise StopIteration("inner stop")

def wraps_leaker():
    try:
        yield from stop_leaker()
    except RuntimeError as e:
        print("wrapper got", e, "| cause", repr(e.__cause__), "| context", repr(e.__context__))
        yield "survived"

print(list(wraps_leaker()))

def sub_returns_early():
    return "early"
    yield

def gets_early():
    x = yield from sub_returns_early()
    yield x

print(list(gets_early()))

def running_sub():
    yield outer_ref.send(None)

def outer_of_running():
    yield from running_sub()

outer_ref = outer_of_running()
try:
    next(outer_ref)
except ValueError as e:
    print(e)

def gen_throw_unstarted_sub():
    yield from sub

sub = inner("s")
w = gen_throw_unstarted_sub()
print(next(w))
print(w.throw(KeyError("k2")))
w.close()
