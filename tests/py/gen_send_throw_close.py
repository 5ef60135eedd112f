# send/throw/close on generators in every state, with CPython's messages.
def counter():
    n = 0
    while True:
        got = yield n
        n = n + 1 if got is None else got

c = counter()
print(next(c), c.send(10), next(c), c.send(-5))
c.close()
c.close()
try:
    next(c)
except StopIteration as e:
    print("closed:", repr(e), e.value)
try:
    c.send(1)
except StopIteration as e:
    print("send after close:", e.args)
try:
    c.throw(ValueError("late"))
except ValueError as e:
    print("throw after close:", e)

fresh = counter()
try:
    fresh.send(3)
except TypeError as e:
    print(e)
print(fresh.send(None))

def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"
        except ValueError:
            return "value error ends it"

k = catcher()
print(next(k))
print(k.throw(KeyError("k")))
print(next(k))
print(k.throw(KeyError, "cls"))
print(next(k))
try:
    k.throw(ValueError)
except StopIteration as e:
    print("returned", e.value)

u = catcher()
try:
    u.throw(KeyError("unstarted"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
print(next(u, "finished"))

def finisher():
    try:
        yield 1
    finally:
        print("finally ran")

f = finisher()
next(f)
print(f.close())
f2 = finisher()
print(f2.close(), "(never started: no finally)")

stop = False
def stubborn():
    while not stop:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
stop = True
print(next(s, "stubborn finished"))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def self_ref():
    yield me.send(None)

me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)

def self_close():
    me2.close()
    yield 1

me2 = self_close()
try:
    next(me2)
except ValueError as e:
    print(e)

def self_throw():
    me3.throw(KeyError)
    yield 1

me3 = self_throw()
try:
    next(me3)
except ValueError as e:
    print(e)

g = counter()
for call in [lambda: g.send(), lambda: g.send(1, 2), lambda: g.throw(), lambda: g.throw(1),
             lambda: g.throw(ValueError(), 1), lambda: g.throw(ValueError, 1, 2), lambda: g.close(1),
             lambda: g.send(a=1), lambda: g.throw(ValueError, None, None, 4), lambda: g.throw(int)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

def echo_exc():
    while True:
        try:
            yield
        except Exception as e:
            yield repr(e), e.args

e = echo_exc()
next(e)
print(e.throw(ValueError, 5))
next(e)
print(e.throw(ValueError, (1, 2)))
next(e)
print(e.throw(ValueError, KeyError(3)))
next(e)
print(e.throw(LookupError, KeyError(3)))
next(e)
print(e.throw(ValueError("inst"), None))
