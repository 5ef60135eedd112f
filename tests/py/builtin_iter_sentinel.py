# Two-argument iter(callable, sentinel): calls until the sentinel.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
it = iter(tick, 100)
print(next(it), next(it), type(it).__name__)
for bad in [lambda: iter(len, 1, 2), lambda: iter(5, 0)]:
    try:
        bad()
    except TypeError as e:
        print(e)
