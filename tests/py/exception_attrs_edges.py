# Exception attributes: args, __cause__, __context__,
# __suppress_context__, __traceback__ and anything else in __dict__.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError("x")
e.args = ("replaced",)
print(e.args, e, repr(e))
def setter(name, value):
    def run():
        setattr(e, name, value)
        return "ok " + name
    return run
def deleter(name):
    def run():
        delattr(e, name)
        return "deleted " + name
    return run
for name, value in [("args", [1, 2]), ("args", "ab"), ("args", 5), ("args", range(3)), ("__cause__", 1),
                    ("__cause__", KeyError), ("__cause__", KeyError("k")), ("__context__", 2),
                    ("__context__", None), ("__suppress_context__", 1), ("__suppress_context__", False),
                    ("__traceback__", 1), ("__traceback__", None), ("__dict__", 1), ("foo", 1), ("value", 3)]:
    show(setter(name, value))
for name in ["args", "__cause__", "__context__", "__traceback__", "__suppress_context__", "__dict__", "foo",
             "foo", "bar"]:
    show(deleter(name))
print(e.args, e, repr(e.__cause__), e.__suppress_context__, e.__dict__, e.value)
s = StopIteration(1)
s.value = 5
print(s.value, s.args)
k = KeyError("k")
k.args = ()
print(repr(k), str(k), k.args)
k.args = ("a", "b")
print(repr(k), str(k))
print(hasattr(ValueError(), "args"), hasattr(ValueError(), "nope"))
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        outer = ValueError("outer")
        outer.__cause__ = None
        raise outer
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
