# Exception handlers: tuples (also nested and computed), classes held in
# variables, handlers that raise, and the order of evaluation.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError, ZeroDivisionError):
        return "tuple"
    except ValueError if False else TypeError:
        return "computed handler"
    except tuple([NameError, AttributeError]):
        return "built tuple"
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), TypeError(), UnboundLocalError(), AttributeError(), ValueError()]:
    print(type(exc).__name__, "->", classify(exc))
def bad_handler():
    try:
        1 / 0
    except 5:
        pass
try:
    bad_handler()
except TypeError as e:
    print("TypeError:", e)
def handler_raises():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("from handler")
    except ValueError:
        return "sibling handlers do not catch it"
try:
    handler_raises()
except ValueError as e:
    print("propagated:", e, "| context:", repr(e.__context__))
