# Unpacking and star displays of iterables whose iteration runs Python
# code (generators, map/filter with Python functions, iter(f, sentinel)).
def gen(n):
    for i in range(n):
        print("  gen yields", i)
        yield i

a, b = gen(2)
print(a, b)
try:
    a, b = gen(5)
except ValueError as e:
    print(e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print(e)
first, *rest = gen(3)
print(first, rest)
*init, last = map(lambda x: x * 10, [1, 2, 3])
print(init, last)
try:
    x, *y, z = gen(1)
except ValueError as e:
    print(e)

def count_forever():
    n = 0
    while True:
        yield n
        n += 1

try:
    p, q = count_forever()
except ValueError as e:
    print("infinite:", e)

print([*gen(2), *filter(lambda v: v % 2, range(5))])
print((*map(str, gen(2)),))
print(sorted({*gen(3), *map(lambda v: -v, [1, 2])}))
left = [3, 2, 1, 0]
print([*iter(lambda: left.pop(0), 0)], left)

def show(*args, **kw):
    return args, kw
print(show(*gen(2)))
print(show(0, *gen(1), *map(abs, [-4]), k=1))

def boom(n):
    yield 1
    raise KeyError(n)

try:
    a, b = boom(1)
except KeyError as e:
    print("unpack error", e)
try:
    a, *b = boom(2)
except KeyError as e:
    print("star unpack error", e)
try:
    print([*boom(3)])
except KeyError as e:
    print("list display error", e)
try:
    print({*boom(4)})
except KeyError as e:
    print("set display error", e)
try:
    print(show(*boom(5)))
except KeyError as e:
    print("call error", e)
try:
    print(show(1, *boom(6)))
except KeyError as e:
    print("call error 2", e)
try:
    print([*5])
except TypeError as e:
    print(e)
try:
    print({*5})
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = range(10 ** 12)
except ValueError as e:
    print(e)
try:
    a, b = iter(range(10 ** 12))
except ValueError as e:
    print(e)

for i, (k, v) in enumerate(zip(gen(2), map(str, gen(2)))):
    print(i, k, v)
for x, y in map(lambda t: (t, t * t), gen(3)):
    print(x, y)
pairs = [(k, v) for k, *v in (gen(3), gen(2))]
print(pairs)

def tuple_target():
    lst = [0, 0]
    lst[0], lst[1] = gen(2)
    return lst
print(tuple_target())

def yields_unpacked():
    a, b = yield
    c, *d = yield a + b
    yield c, d

y = yields_unpacked()
next(y)
print(y.send((1, 2)))
print(y.send(gen(3)))
