# Messages of in-place repetition, dict |=, except clauses with bad
# classes, and IndexError wording.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def imul(a, b):
    a *= b
    return a
def ior(a, b):
    a |= b
    return a
d = {"a": 1}
for left in [{}, {1}, frozenset(), range(3), d.keys(), d.values(), d.items(), None, 3, 2.5]:
    for right in ["ab", [1], (2,), 3, None]:
        show(lambda: imul(left, right))
show(lambda: imul("ab", 2))
show(lambda: imul([1], 2))
show(lambda: imul(2, (1,)))
show(lambda: ior({"a": 1}, {"b": 2}))
show(lambda: ior({"a": 1}, [("b", 2), ["c", 3]]))
show(lambda: ior({"a": 1}, ["bc", "de"]))
show(lambda: ior({"a": 1}, [("b", 2, 3)]))
show(lambda: ior({"a": 1}, [1]))
show(lambda: ior({"a": 1}, 5))
show(lambda: ior({"a": 1}, None))
show(lambda: ior({"a": 1}, d.items()))
show(lambda: ior({"a": 1}, {("z", 0)}))
show(lambda: {"a": 1} | [("k", 1)])
show(lambda: [("k", 1)] | {"a": 1})
show(lambda: {"a": 1} | {"a": 2, "b": 3})
def catch(exc, spec):
    try:
        raise exc
    except spec:
        return "caught"
    except BaseException as e:
        return "other " + type(e).__name__
for spec in [(KeyError, (IndexError,)), (KeyError, 5), (5, KeyError), (), (KeyError,), KeyError, 5, "KeyError",
             (ValueError, LookupError), (ValueError, ValueError("x"))]:
    show(lambda: catch(KeyError("k"), spec))
show(lambda: catch(ZeroDivisionError(), (ArithmeticError, (KeyError,))))
for seq in [b"", b"abc", bytearray if False else b"x", [1], (1,), "s", range(2)]:
    for i in [5, -6, 10 ** 20, -10 ** 20]:
        show(lambda: seq[i])
lst = [1]
show(lambda: lst.__class__)
def setit():
    lst[3] = 0
show(setit)
def delit():
    del lst[-3]
show(delit)
def setbig():
    lst[10 ** 20] = 0
show(setbig)
