# dir() lists data attributes (int.real, range.start, exception args,
# function __dict__ entries, ...) besides methods. Special methods are
# filtered out: monty does not list them all; nor has it exceptions'
# add_note and with_traceback methods.
def public(o):
    return [m for m in dir(o) if not m.startswith("__") and m not in ("add_note", "with_traceback")] + [m for m in dir(o) if m in ("__class__", "__dict__", "__name__", "__qualname__", "__defaults__", "__kwdefaults__", "__module__", "__cause__", "__context__", "__traceback__", "__suppress_context__")]
print([m for m in dir(1) if m in ("real", "imag", "numerator", "denominator")])
print([m for m in dir(1.0) if m in ("real", "imag")])
def f():
    pass
f.zz = 1
f.aa = 2
e = ValueError(1)
e.extra = 2
for o in [1, 1.0, True, 2 ** 80, range(3), slice(1), f, NameError("n"), AttributeError("a"), StopIteration(1),
          [], {}, "s", b"b", (1,), {1}, frozenset()]:
    print(type(o).__name__, public(o))
print([m for m in dir(e) if m in ("args", "extra", "__dict__", "__cause__")])
print(dir(f) == sorted(dir(f)), len(dir(f)) == len(set(dir(f))))
