# callable, issubclass, isinstance, setattr/getattr/hasattr/delattr, type names.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(callable(len), callable(1), callable(int), callable(str.upper), callable("a".upper), callable(lambda: 0), callable(ValueError))
print(issubclass(bool, int), issubclass(int, bool), issubclass(ValueError, Exception), issubclass(KeyError, (TypeError, LookupError)))
print(issubclass(int, object), issubclass(type, object), issubclass(bool, ((str, (int,)),)), issubclass(ExceptionGroup, Exception))
print(isinstance(True, int), isinstance(ZeroDivisionError(), ArithmeticError), isinstance(1, (str, (float, int))))
print(getattr(3, "real"), hasattr("s", "upper"), hasattr("s", "nope"), getattr(1, "nope", "dflt"), type(3).__name__)
attempt(lambda: setattr(1, "x", 2))
attempt(lambda: setattr(1, 2, 3))
attempt(lambda: setattr(1, "real", 3))
attempt(lambda: delattr(1, "x"))
attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(int, 1))
attempt(lambda: issubclass(int, (str, 1)))
attempt(lambda: callable())
