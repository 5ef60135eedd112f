# BaseException.add_note (3.11): notes collect in __notes__ and print below
# the exception's line in the traceback, also for chained exceptions.
def load(rec):
    try:
        return int(rec["qty"])
    except (KeyError, ValueError) as e:
        e.add_note(f"while loading record {rec.get('id', '?')}")
        raise
for rec in [{"id": 1, "qty": "3"}, {"id": 2, "qty": "x"}, {"id": 3}]:
    try:
        print(load(rec))
    except Exception as e:
        print(type(e).__name__, e, e.__notes__)
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, str(e), repr(e))
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as t:
        print(t)
k = KeyError("k")
k.__notes__ = "not a list"
try:
    k.add_note("n")
except TypeError as t:
    print(t)
k.__notes__ = ["kept"]
k.add_note("added")
print(k.__notes__)
try:
    e.add_note()
except TypeError as t:
    print(t)
def outer():
    try:
        {}["missing"]
    except KeyError as err:
        err.add_note("looked up in an empty dict")
        raise RuntimeError("lookup failed") from err
try:
    outer()
except RuntimeError as r:
    print(r.__cause__.__notes__, hasattr(r, "__notes__"))
final = ValueError("invalid configuration")
final.add_note("key: 'port'")
final.add_note("expected an int")
raise final
