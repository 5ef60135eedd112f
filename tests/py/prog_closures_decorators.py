def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
print(c(), c(), c(5))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)
def log_calls(prefix):
    def deco(fn):
        def inner(*a, **kw):
            args = ", ".join([repr(x) for x in a] + [f"{k}={v!r}" for k, v in kw.items()])
            res = fn(*a, **kw)
            print(f"{prefix}{fn.__name__}({args}) -> {res!r}")
            return res
        return inner
    return deco
@log_calls(">> ")
def greet(name, punct="!"):
    return f"hello {name}{punct}"
greet("bob")
greet("amy", punct="?")
def retry(times):
    def deco(fn):
        def run(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a)
                except ConnectionError as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return run
    return deco
@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ConnectionError(f"try {attempt}")
    return x * 2
print(flaky(21))
adders = [lambda x, i=i: x + i for i in range(4)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(4)]
print([a(10) for a in late])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str.upper, str.strip, lambda s: s.replace("-", " "))
print(pipeline("  foo-bar  "))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make_acc()
add(1); add("two")
print(get())
@retry(2)
def always(attempt):
    raise ConnectionError("down")
always()
