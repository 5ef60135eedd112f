# Comprehensions run in their own scope: loop variables do not leak,
# the first iterable is evaluated in the enclosing scope, and inner
# lambdas close over the comprehension's variables.
x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)
print({x: len(x) for x in ["ab", "c"]}, x)
print(sorted({x % 3 for x in range(10)}), x)
print(list(x for x in "xy"), x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    data = [[1, 2], [3], []]
    return [v for row in data for v in row if v != 2]
print(g())
def h():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(h())
def shadow_param(i):
    r = [i for i in range(i)]
    return r, i
print(shadow_param(3))
def nested_comp():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested_comp())
def comp_uses_outer_later():
    def inner():
        return [k + n for k in range(2)]
    n = 100
    return inner()
print(comp_uses_outer_later())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
try:
    print([i for i in range(3)], i)
except NameError as e:
    print(e)
