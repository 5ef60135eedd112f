# Lambdas: parameter kinds, defaults, closures, immediately called,
# stored in containers, and their __name__ and repr shape.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, z=1, y=2))
kwo = lambda *, key: key * 2
print(kwo(key="ab"))
print((lambda x: x ** 2)(9), (lambda: "thunk")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](7, 3) for o in "+-*"])
def make_multiplier(n):
    return lambda x: x * n
triple = make_multiplier(3)
print(triple(4), make_multiplier("ab")(2))
print(add.__name__, type(add).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print(list(map(lambda s: s[::-1], ["abc", "de"])))
cond = lambda v: v if v else None
print(cond(0), cond(5))
try:
    add()
except TypeError as e:
    print(e)
