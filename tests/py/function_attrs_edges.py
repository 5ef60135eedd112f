# Function attributes: __dict__ entries, the writable getsets with their
# checks, and __defaults__/__kwdefaults__ driving later calls.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *, c=3, d, e=5):
    """Doc of f."""
    return (a, b, c, d, e)
print(f.__defaults__, f.__kwdefaults__, f.__dict__, f.__module__, f.__qualname__, f.__doc__)
def setter(name, value):
    def run():
        setattr(f, name, value)
        return "ok " + name
    return run
def deleter(name):
    def run():
        delattr(f, name)
        return "deleted " + name
    return run
for name, value in [("__name__", 3), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", [1]),
                    ("__dict__", 3), ("__module__", "m"), ("__doc__", 5), ("x", 1)]:
    show(setter(name, value))
for name in ["missing", "__dict__", "__name__", "__qualname__", "__doc__", "__module__", "x", "x"]:
    show(deleter(name))
print(f.__module__, f.__doc__, f.__dict__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"d": 40}
show(lambda: f(1))
f.__defaults__ = (7, 8, 9)
show(lambda: f(1))
show(lambda: f())
f.__defaults__ = None
show(lambda: f(1))
show(lambda: f(1, 2, 3))
f.__kwdefaults__ = None
show(lambda: f(1, 2))
print(f.__defaults__, f.__kwdefaults__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
f.__dict__ = {"k": 1}
print(f.k, f.__dict__)
def counter():
    counter.n = getattr(counter, "n", 0) + 1
    return counter.n
print(counter(), counter(), counter.n, hasattr(counter, "m"), getattr(counter, "m", "dflt"))
def only_kw(*, a=1, b):
    return a, b
print(only_kw.__defaults__, only_kw.__kwdefaults__, only_kw(b=2))
def no_doc():
    x = "not a docstring"
    return x
def fstring_doc():
    f"""not {1} a docstring"""
def doc_then_code():
    "first"
    "second"
    return 1
lam = lambda: "x"
print(no_doc.__doc__, fstring_doc.__doc__, doc_then_code.__doc__, doc_then_code(), lam.__doc__)
def outer():
    def inner(q=[1]):
        "inner doc"
        return q
    return inner
i = outer()
print(i.__qualname__, i.__name__, i.__doc__, i.__defaults__, i())
