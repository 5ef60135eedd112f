# Data attributes looked up on a class give CPython's getset/member
# descriptors; builtin classes are immutable.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(KeyError, "args"), hasattr(KeyError, "foo"), hasattr(int, "real"), hasattr(bool, "real"),
      hasattr(range, "start"), hasattr(list, "start"), hasattr(OSError, "__cause__"))
print(KeyError.args, int.real, range.start, bool.imag, float.real, slice.step)
print(StopIteration.value, SystemExit.code, NameError.name, UnboundLocalError.name, AttributeError.obj)
print(BaseException.__traceback__, ValueError.__suppress_context__, ValueError.__context__)
print(type(int.real).__name__, type(range.stop).__name__, callable(int.real), str(int.numerator))
print([m for m in dir(int) if m in ("real", "imag", "numerator", "denominator")])
print([m for m in dir(range) if m in ("start", "stop", "step", "count")])
print([m for m in dir(KeyError) if m in ("args", "__cause__", "value")])
show(lambda: int.foo)
show(lambda: KeyError.value)
show(lambda: setattr(int, "real", 3))
show(lambda: setattr(int, "foo", 3))
show(lambda: delattr(KeyError, "args"))
show(lambda: setattr(range, "__name__", "r"))
show(lambda: setattr(1, "real", 3))
show(lambda: setattr(1, "foo", 3))
show(lambda: setattr([], "append", 3))
