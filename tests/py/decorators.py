# Decorators (plain functions wrapping functions), closures over args.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
@trace
@repeat(2)
def twice(x):
    return x * 2
twice(4)
