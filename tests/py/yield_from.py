# yield from: delegation to generators and other iterables.
def inner(n):
    for i in range(n):
        yield i
    return "inner done"
def outer():
    r = yield from inner(3)
    print("delegate returned", r)
    yield from "ab"
    yield from [10, 20]
    yield "last"
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], []])))
g = outer()
print(next(g), next(g), next(g), next(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), (x * x for x in range(3)), {"k": 1})))
def failing():
    yield 1
    raise ValueError("deep")
def wrapper():
    yield from failing()
try:
    print(list(wrapper()))
except ValueError as e:
    print("propagated", e)
print(sum(flatten([[1, 2], [3, [4]]])))
