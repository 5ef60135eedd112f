# Generator functions and expressions, consumed lazily and eagerly.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(countdown(2)))
print(next(iter(countdown(1))))
def squares():
    for i in range(5):
        yield i * i
print(sum(squares()), max(squares()), min(squares()), sorted(squares(), reverse=True))
print(list(x + 1 for x in squares() if x % 2 == 0))
print(sorted(set(c for c in "hello")), tuple(str(i) for i in range(3)), dict((i, str(i)) for i in range(2)))
it = squares()
print(next(it), next(it), next(it, "x"))
for _ in it:
    pass
print(next(it, "exhausted"))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for i, v in enumerate(infinite()):
    if i >= 3:
        break
    print(i, v)
print(list(zip(infinite(), "abc")))
def gen_with_return():
    yield 1
    return 2
print(list(gen_with_return()))
def fails():
    yield 1
    raise ValueError("inside generator")
try:
    for x in fails():
        print("item", x)
except ValueError as e:
    print("caught", e)
def nested():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in nested()])
print(any(x > 3 for x in [1, 5]) if False else "skip any", list(map(lambda t: t * 2, (i for i in range(3)))))
print(sorted((i % 3, i) for i in range(6)))
def gen_exc():
    try:
        yield 1
    finally:
        print("gen cleanup")
print(list(gen_exc()))
