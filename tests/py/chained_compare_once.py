# a < b < c evaluates b once and stops at the first false comparison.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(3), log)
log.clear()
print(v(3) > v(2) > v(1) > v(0), log)
log.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5) >= v(4), log)
log.clear()
print(v(5) < v(3) < v(undefined) if False else "skipped", log)
log.clear()
x = 5
print(0 < x < 10, 0 < x > 10, 1 < 2 > 1, 1 < 2 < 2)
print(x == 5 == 5.0, 1 == 1.0 == True, "a" < "b" < "c" < "b")
r = 1 < 2 < 3
print(r, type(r).__name__)
def cmp_result():
    return 1 < 3 != 3
print(cmp_result())
print([i for i in range(10) if 2 < i <= 5])
try:
    1 < v("a") < 3
except TypeError as e:
    print(e, log)
