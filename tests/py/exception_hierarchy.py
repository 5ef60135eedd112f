# Handler selection along CPython's exception hierarchy.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except LookupError:
        return "lookup"
    except ValueError:
        return "value"
    except Exception as e:
        return "other:" + type(e).__name__
for e in [ZeroDivisionError(), OverflowError(), KeyError("k"), IndexError(), LookupError(), ValueError(),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad") if False else UnicodeError(), TypeError(),
          RuntimeError(), RecursionError(), NotImplementedError(), StopIteration(), AttributeError()]:
    print(type(e).__name__, classify(e))
try:
    try:
        raise KeyboardInterrupt if False else SystemExit(3)
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.args)
try:
    raise ValueError("x")
except:
    print("bare except")
print(issubclass(RecursionError, RuntimeError) if False else isinstance(RecursionError(), RuntimeError))
print(isinstance(KeyError(), LookupError), isinstance(UnboundLocalError(), NameError), isinstance(TimeoutError(), OSError))
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print("tuple variable", type(e).__name__)
