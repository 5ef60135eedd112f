def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result:", e.value)
def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing, matched", len(matches))
        raise
g = grep("py")
next(g)
for line in ["python rocks", "java", "pypy is fast", "c"]:
    g.send(line)
g.close()
def counter():
    i = 0
    while True:
        try:
            cmd = yield i
        except ValueError as e:
            print("reset because", e)
            i = 0
            continue
        i += cmd if cmd else 1
c = counter()
print(next(c), c.send(5), next(c), c.throw(ValueError("too big")), next(c))
def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4])], [], 5])))
def pipeline():
    results = []
    def sink():
        while True:
            item = yield
            results.append(item)
    def mapper(target, f):
        while True:
            item = yield
            target.send(f(item))
    s = sink(); next(s)
    m = mapper(s, lambda x: x * x); next(m)
    for i in range(5):
        m.send(i)
    return results
print(pipeline())
gen = (x for x in range(3))
print(list(zip(gen, gen)))
def take_while_sum(limit):
    total = 0
    n = 0
    while total < limit:
        n += 1
        total += n
        yield n, total
print(list(take_while_sum(20)))
def bad_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
c2 = counter()
c2.throw(KeyError("never started"))
