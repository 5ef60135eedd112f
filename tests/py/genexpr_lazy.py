# Generator expressions: lazy elements, the first iterable evaluated at
# once, single use, and errors surfacing only when consumed.
log = []
def src(n):
    log.append("src")
    return range(n)
g = (log.append(i) or i * 2 for i in src(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
def bad_iter():
    return (1 / x for x in [1, 0])
h = bad_iter()
print(next(h))
try:
    next(h)
except ZeroDivisionError as e:
    print("on consumption:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("eager first iterable:", e)
lazy_inner = (x for x in [1] for y in undefined_thing) if False else None
print(lazy_inner)
gi = (c for c in "ab")
print(type(gi).__name__, next(gi), next(gi), next(gi, "end"))
print(sum(i for i in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(",".join(str(i) for i in range(4)), sorted(-x for x in range(3)))
nested = ((i, j) for i in range(2) for j in (i, i + 1))
print(list(nested))
