# Lambdas: defaults, closures, immediate calls, in data structures.
sq = lambda x: x * x
print(sq(4), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
make = lambda n: [lambda: n * i for i in range(3)]
print([f() for f in make(10)])
print(sq.__name__, (lambda: 0).__name__)
try:
    sq()
except TypeError as e:
    print(e)
