# Function decorators: plain, stacked (applied bottom-up), with
# arguments, and decorators that replace the function entirely.
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
def twice(fn):
    def wrapper(*args):
        return fn(fn(*args))
    return wrapper
def prefix(p):
    def deco(fn):
        def wrapper(s):
            return p + fn(s)
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@twice
@trace
def inc(x):
    return x + 1
@prefix(">> ")
@prefix("[")
def shout(s):
    return s.upper()
print(add(1, 2), inc(5), shout("hi"), calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"](), alpha.__name__, add.__name__)
def constant(fn):
    return 42
@constant
def replaced():
    pass
print(replaced)
