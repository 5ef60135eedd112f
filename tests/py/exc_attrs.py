# Attributes exceptions derive from their arguments.
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, StopIteration().value)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "x€y".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
e = ValueError("a", "b")
print(e.args, e.__cause__, e.__context__, e.__suppress_context__)
