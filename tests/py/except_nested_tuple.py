# CPython rejects a nested tuple in an except clause with TypeError
# (only a flat tuple of classes is allowed).
def classify(exc):
    try:
        raise exc
    except (KeyError, (IndexError, ZeroDivisionError)):
        return "nested tuple"
for exc in [KeyError(), IndexError()]:
    try:
        print(classify(exc))
    except TypeError as e:
        print("TypeError:", e)
