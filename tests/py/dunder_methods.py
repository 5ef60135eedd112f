# Special methods of the builtin types called by name, bound and unbound,
# with CPython's NotImplemented results and argument errors.
tests = [
    ('(1).__add__()', lambda: (1).__add__()),
    ('(1).__add__(1,2)', lambda: (1).__add__(1,2)),
    ('[].__len__(1)', lambda: [].__len__(1)),
    ('(1).__add__(x=1)', lambda: (1).__add__(x=1)),
    ('int.__add__()', lambda: int.__add__()),
    ("int.__add__('a', 1)", lambda: int.__add__('a', 1)),
    ('int.__add__(1)', lambda: int.__add__(1)),
    ('[].__hash__', lambda: [].__hash__),
    ('(1).__radd__(2.0)', lambda: (1).__radd__(2.0)),
    ('(1.5).__radd__(2)', lambda: (1.5).__radd__(2)),
    ("'a'.__add__(1)", lambda: 'a'.__add__(1)),
    ("'a'.__mul__('b')", lambda: 'a'.__mul__('b')),
    ('(1).__eq__(1.0)', lambda: (1).__eq__(1.0)),
    ('(1.0).__eq__(1)', lambda: (1.0).__eq__(1)),
    ('[1].__lt__((1,))', lambda: [1].__lt__((1,))),
    ('{}.__lt__({})', lambda: {}.__lt__({})),
    ('None.__eq__(None)', lambda: None.__eq__(None)),
    ('None.__eq__(1)', lambda: None.__eq__(1)),
    ('None.__lt__(None)', lambda: None.__lt__(None)),
    ('(1).__truediv__(0)', lambda: (1).__truediv__(0)),
    ("'%s'.__mod__(3)", lambda: '%s'.__mod__(3)),
    ("'a'.__rmod__(3)", lambda: 'a'.__rmod__(3)),
    ('[1].__iadd__((2,))', lambda: [1].__iadd__((2,))),
    ('{1}.__or__([2])', lambda: {1}.__or__([2])),
    ('{1:2}.__or__([2])', lambda: {1:2}.__or__([2])),
    ('True.__and__(1)', lambda: True.__and__(1)),
    ('bool.__and__(1, 2)', lambda: bool.__and__(1, 2)),
    ('bool.__add__(1, 2)', lambda: bool.__add__(1, 2)),
    ('type(None).__bool__(None)', lambda: type(None).__bool__(None)),
    ('iter([1]).__next__()', lambda: iter([1]).__next__()),
    ('iter([]).__next__()', lambda: iter([]).__next__()),
    ('(x for x in []).__next__()', lambda: (x for x in []).__next__()),
    ("'ab'.__iter__().__next__()", lambda: 'ab'.__iter__().__next__()),
    ('[1,2].__reversed__()', lambda: [1,2].__reversed__()),
    ("(3).__format__('>4')", lambda: (3).__format__('>4')),
    ('(2.5).__round__()', lambda: (2.5).__round__()),
    ('(2.567).__round__(1)', lambda: (2.567).__round__(1)),
    ('(7).__index__()', lambda: (7).__index__()),
    ('(-3).__abs__()', lambda: (-3).__abs__()),
    ('(5).__invert__()', lambda: (5).__invert__()),
    ("'a'.__hash__() == hash('a')", lambda: 'a'.__hash__() == hash('a')),
    ('[1].__repr__()', lambda: [1].__repr__()),
    ("'x'.__str__()", lambda: 'x'.__str__()),
    ("'x'.__repr__()", lambda: 'x'.__repr__()),
    ('(1).__bool__()', lambda: (1).__bool__()),
    ('(0.0).__bool__()', lambda: (0.0).__bool__()),
    ('(3.7).__int__()', lambda: (3.7).__int__()),
    ('(3).__float__()', lambda: (3).__float__()),
    ('{1:2}.__getitem__(3)', lambda: {1:2}.__getitem__(3)),
    ('{1:2}.__contains__(1)', lambda: {1:2}.__contains__(1)),
    ('[1,2].__getitem__(slice(1))', lambda: [1,2].__getitem__(slice(1))),
    ('range(5).__len__()', lambda: range(5).__len__()),
    ('range(5).__contains__(3)', lambda: range(5).__contains__(3)),
    ('{1:2}.keys().__len__()', lambda: {1:2}.keys().__len__()),
    ('(1,2).__mul__(2)', lambda: (1,2).__mul__(2)),
    ("(2).__rmul__('ab')", lambda: (2).__rmul__('ab')),
    ("(2).__mul__('ab')", lambda: (2).__mul__('ab')),
    ("'ab'.__rmul__(2)", lambda: 'ab'.__rmul__(2)),
    ('(1).__lt__(2)', lambda: (1).__lt__(2)),
    ('(1).__ne__(1.0)', lambda: (1).__ne__(1.0)),
    ('int.__eq__(1, 1)', lambda: int.__eq__(1, 1)),
    ('object.__eq__(1, 1)', lambda: object.__eq__(1, 1)),
    ('object.__ne__(1, 2)', lambda: object.__ne__(1, 2)),
    ('len.__eq__(len)', lambda: len.__eq__(len)),
    ('(1).__divmod__(0)', lambda: (1).__divmod__(0)),
    ('(7).__divmod__(2)', lambda: (7).__divmod__(2)),
    ('(2).__pow__(3)', lambda: (2).__pow__(3)),
    ('(2).__pow__(3, 5)', lambda: (2).__pow__(3, 5)),
    ('(2).__rpow__(3)', lambda: (2).__rpow__(3)),
    ("hasattr([], '__len__')", lambda: hasattr([], '__len__')),
    ("hasattr(1, '__len__')", lambda: hasattr(1, '__len__')),
    ("hasattr(1, '__iter__')", lambda: hasattr(1, '__iter__')),
    ("hasattr('', '__iter__')", lambda: hasattr('', '__iter__')),
    ('callable([].__len__)', lambda: callable([].__len__)),
    ('[].__len__ == [].__len__', lambda: [].__len__ == [].__len__),
    ('(1).__neg__()', lambda: (1).__neg__()),
    ("'a'.__contains__(1)", lambda: 'a'.__contains__(1)),
    ('[3].__setitem__(0, 5)', lambda: [3].__setitem__(0, 5)),
    ('[3].__delitem__(0)', lambda: [3].__delitem__(0)),
    ('(1).__sub__(True)', lambda: (1).__sub__(True)),
    ('(1).__floordiv__(2)', lambda: (1).__floordiv__(2)),
    ('(1).__lshift__(3)', lambda: (1).__lshift__(3)),
    ('(1.0).__floordiv__(2)', lambda: (1.0).__floordiv__(2)),
    ('(1.0).__mod__(0)', lambda: (1.0).__mod__(0)),
    ("'a'.__ge__('b')", lambda: 'a'.__ge__('b')),
    ('(1,).__le__((1,))', lambda: (1,).__le__((1,))),
    ('{1}.__le__({1,2})', lambda: {1}.__le__({1,2})),
    ('{1}.__le__([1])', lambda: {1}.__le__([1])),
    ('frozenset({1}).__eq__({1})', lambda: frozenset({1}).__eq__({1})),
    ("b'ab'.__len__()", lambda: b'ab'.__len__()),
    ("b'ab'.__getitem__(0)", lambda: b'ab'.__getitem__(0)),
    ('(5.5).__trunc__()', lambda: (5.5).__trunc__()),
    ('(1).__int__()', lambda: (1).__int__()),
    ('int.__len__', lambda: int.__len__),
    ('(1).__add__.__name__', lambda: (1).__add__.__name__),
    ("str.__len__('abc')", lambda: str.__len__('abc')),
    ('dict.__getitem__({1:2}, 1)', lambda: dict.__getitem__({1:2}, 1)),
    ("'a'.__format__('>3')", lambda: 'a'.__format__('>3')),
    ("(1.5).__format__('.3f')", lambda: (1.5).__format__('.3f')),
    ("'abc'.__getitem__(1)", lambda: 'abc'.__getitem__(1)),
    ('(2).__pos__()', lambda: (2).__pos__()),
    ('(1).__class__', lambda: (1).__class__),
    ('{1:1}.__eq__({1:1})', lambda: {1:1}.__eq__({1:1})),
    ('{1:1}.__ne__(3)', lambda: {1:1}.__ne__(3)),
    ('(1).__ge__(True)', lambda: (1).__ge__(True)),
    ('[].__iter__().__iter__().__class__', lambda: [].__iter__().__iter__().__class__),
    ('zip().__next__()', lambda: zip().__next__()),
    ("enumerate('a').__next__()", lambda: enumerate('a').__next__()),
]
for t, fn in tests:
    try:
        r = fn()
        s = repr(r)
        if " at 0x" in s:
            s = s.split(" at 0x")[0] + ">"
        print(t, "->", s)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

# How programs use them: as key functions, in map(), feature tests.
words = ["ccc", "a", "bb"]
print(sorted(words, key=str.__len__), list(map(int.__add__, [1, 2], [10, 20])))
d = {"x": 1, "y": 2}
print(list(map(d.__getitem__, ["y", "x"])), list(filter("aeiou".__contains__, "education")))
total = 0
for n in range(5):
    total = total.__add__(n)
print(total, (3).__mul__(4).__sub__(2), "-".__mul__(5), [1, 2].__add__([3]))
def describe(v):
    kinds = [name for name in ("__len__", "__iter__", "__next__", "__getitem__", "__hash__", "__add__")
             if getattr(v, name, None) is not None]
    return f"{type(v).__name__}: {kinds}"
for v in [1, 2.5, "s", b"b", (1,), [1], {1: 2}, {1}, frozenset(), range(2), iter([]), None, len, (x for x in [])]:
    print(describe(v))
it = iter([1, 2, 3])
print(it.__next__(), it.__iter__() is it, list(it))
g = (c.upper() for c in "ab")
print(g.__next__(), g.__next__())
try:
    g.__next__()
except StopIteration:
    print("exhausted")
l = [5, 6]
l.__setitem__(0, 9)
l.__delitem__(1)
l.__iadd__(x * 2 for x in range(3))
print(l, l.__len__(), l.__contains__(4), l.__getitem__(-1))
l.__setitem__(slice(0, 2), (c for c in "xy"))
print(l)
s = {1, 2}
s.__ior__({5})
s.__isub__({1})
print(s, s.__and__({2, 9}), {1}.__rsub__({1, 3}), {1}.__xor__(frozenset({2})))
print({"a": 1}.__or__({"b": 2}), dict.__ior__({"a": 1}, [("c", 3)]), {1: 2}.__ior__((k, 0) for k in "xy"))
print(int.__eq__(2, 2), float.__lt__(1.5, 2), str.__lt__("a", "b"), tuple.__len__((1, 2)))
print((5).__trunc__(), (-5.7).__trunc__(), (2.5).__round__(), (1234).__round__(-2))
print("{}".__mod__(()), "%d%%".__mod__(5), b"%s".__mod__(b"x"))
print([x.__neg__() for x in (1, -2.5, True)], (6).__rtruediv__(3), (7).__rfloordiv__(30), (3).__rmod__(10))
print((2).__rpow__(3), (7).__rdivmod__(30), (5).__rlshift__(1), (1).__rrshift__(8))
print((0).__bool__(), None.__bool__(), range(0).__bool__(), (0.5).__bool__())
print([1, 2].__reversed__().__next__(), {"k": 1, "j": 2}.__reversed__().__next__(), list(range(3).__reversed__()))
print(ValueError("x").__str__(), ValueError("x").__repr__(), KeyError("k").__str__())
print((1).__hash__() == hash(1), "ab".__hash__() == hash("ab"), (1, 2).__hash__() == hash((1, 2)))
print(list.__hash__, dict.__hash__, set.__hash__, slice(1).__hash__)
for bad in (lambda: [].__hash__(), lambda: list.__len__((1,)), lambda: int.__neg__(), lambda: (1).__neg__(2),
            lambda: dict.__getitem__({}, "k"), lambda: [].__getitem__(5), lambda: "a".__getitem__("b"),
            lambda: (1).__truediv__(0), lambda: iter([]).__next__(), lambda: {}.__setitem__([], 1),
            lambda: "x".__mul__(2.0), lambda: [1].__contains__(), lambda: (1).__lt__("a") is NotImplemented):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int.__add__(1, 2) + int.__radd__(1, 2), bool.__or__(True, False), bool.__xor__(True, True))
v = {"x": 1, "y": 2}
print(sorted(v.keys().__and__({"x"})), v.keys().__eq__(v.keys()), v.keys().__eq__({"x", "y"}), {"x", "y"}.__eq__(v.keys()))
print(v.keys().__rsub__(["x", "z"]), v.keys().__lt__({"x", "y", "z"}), v.items().__xor__({("x", 1)}), v.keys().__ror__({3}) == {3, "x", "y"})
print(v.keys().isdisjoint(["q"]), v.items().isdisjoint([("x", 1)]), v.keys().isdisjoint(c for c in "zy"), v.values().__eq__(v.values()))
(1).__add__("x").__add__(1)
