# A yield-from chain 150 deep: send, throw and close cross every level
# without C recursion; a 2000-deep chain hits the recursion limit.
def leaf():
    total = 0
    try:
        while True:
            total += yield total
    except KeyError:
        yield "leaf caught"
    finally:
        print("leaf finally")
    return total

def chain(n):
    if n == 0:
        return (yield from leaf())
    return (yield from chain(n - 1))

g = chain(150)
print(next(g), g.send(5), g.send(6))
print(g.throw(KeyError))
g.close()
g = chain(150)
next(g)
g.send(1)
try:
    g.throw(ValueError("deep"))
except ValueError as e:
    print("out:", e)
print(next(g, "done"))

def rec(n):
    if n == 0:
        yield 0
        return
    yield from rec(n - 1)
try:
    print(list(rec(2000)))
except RecursionError as e:
    print("RecursionError")
