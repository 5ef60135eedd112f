# The exception tree: isinstance, issubclass and except clauses.
names = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError, IndexError,
         ValueError, UnicodeError, UnicodeDecodeError, TypeError, AttributeError, NameError, UnboundLocalError,
         RuntimeError, RecursionError, NotImplementedError, StopIteration, OSError, FileNotFoundError, AssertionError]
for cls in names:
    print(cls.__name__, [b.__name__ for b in names if issubclass(cls, b) and b is not cls])
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
    return "ok"
tests = [lambda: {}["k"], lambda: [][1], lambda: 1 / 0, lambda: 2.0 ** 10000, lambda: int("x"), lambda: "a" + 1,
         lambda: b"\xff".decode(), lambda: None.foo, lambda: undefined_name, lambda: 0]
print([classify(t) for t in tests])
try:
    raise LookupError("base")
except IndexError:
    print("wrong")
except LookupError as e:
    print("caught", repr(e))
