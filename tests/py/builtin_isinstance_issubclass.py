# isinstance/issubclass with single types, nested tuples, bool < int,
# the exception hierarchy, object, and type errors.
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("", (list, (tuple, (str,)))), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], object), isinstance(len, object), isinstance(ValueError(), Exception))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndexError, KeyError))
print(isinstance(1, ()), issubclass(int, ()))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: isinstance(1), lambda: issubclass(int, "str")]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
