# Exception objects: args, str, repr, attributes, re-raising stored ones.
e = ValueError("message", 42)
print(e.args, str(e), repr(e), e.__class__.__name__)
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
print(str(IndexError("only")), repr(OSError("No such file")))
saved = None
try:
    {}["missing"]
except KeyError as err:
    saved = err
print(type(saved).__name__, saved.args, saved)
try:
    raise saved
except KeyError as again:
    print("reraised same object:", again is saved)
def make():
    return RuntimeError("made")
try:
    raise make()
except RuntimeError as e2:
    print(e2)
try:
    raise ValueError
except ValueError as e3:
    print(repr(e3), e3.args)
ex = TypeError("t")
print(ex.__cause__, ex.__context__, ex.__suppress_context__)
