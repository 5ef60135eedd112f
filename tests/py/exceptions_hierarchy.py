# The standard exception hierarchy: base classes catch subclasses,
# except tuples, and the __name__ and bases of each class.
tree = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (RuntimeError, Exception), (ModuleNotFoundError, ImportError),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError), (UnicodeError, ValueError),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, Exception), (ValueError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
    (MemoryError, Exception), (FloatingPointError, ArithmeticError), (StopAsyncIteration, Exception),
]
for sub, base in tree:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base), isinstance(sub(), base) if "Unicode" not in sub.__name__ else "-")
def raise_(cls):
    raise cls("boom")
for cls in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, UnboundLocalError, RecursionError]:
    try:
        raise_(cls)
    except LookupError as e:
        print("LookupError handler:", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError handler:", type(e).__name__)
    except (NameError, RuntimeError) as e:
        print("tuple handler:", type(e).__name__)
    except Exception as e:
        print("Exception handler:", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("variable tuple handler:", e)
try:
    try:
        raise GeneratorExit
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
