# type() of every core value, type names, type comparison, calling the
# type to convert, and type() with the wrong number of arguments.
values = [1, True, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, range(1), slice(1),
          len, print, (x for x in []), iter([]), iter({}), map(str, []), zip(), enumerate([]), ValueError()]
for v in values:
    print(type(v).__name__, type(v))
print(type(type), type(int), type(1) is int, type(True) is bool, type(True) == int, type(1.0) in (int, float))
print(type("")(5), type(0)("12"), type([])("ab"), type(())([1]), type(1.5)("2"))
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__, type(f) == type(lambda: 0))
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
