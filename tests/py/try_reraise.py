# Bare raise re-raises the exception being handled; raise e keeps it,
# and a new exception inside a handler chains the old one as context.
def reraiser():
    try:
        int("bad")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer:", e)
def reraise_named():
    try:
        {}["k"]
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print("named:", repr(e))
def translate():
    try:
        [][1]
    except IndexError as e:
        raise KeyError("translated")
try:
    translate()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except ValueError as e:
    print("re-raised the outer one:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def after_handler():
    try:
        raise ValueError("done")
    except ValueError:
        pass
    raise
try:
    after_handler()
except RuntimeError as e:
    print(e)
