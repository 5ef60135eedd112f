# Call-site unpacking: several * and ** in one call, mixed with plain
# arguments, any iterable after *, dict order kept for **.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(*range(3), *{7: 0}, *[x * 2 for x in range(2)]))
print(show(**{"a": 1}, b=2, **dict(c=3)))
print(show(0, *[1], k=1, **{"m": 2}))
def add3(a, b, c):
    return a + b + c
args = (1, 2, 3)
print(add3(*args), add3(1, *args[1:]), add3(*args[:1], c=10, b=20))
print(add3(**{"c": "c", "a": "a", "b": "b"}))
def gen():
    yield 10
    yield 20
print(show(*gen(), *gen()))
nums = [5, 3, 8]
print(max(*nums), min(*nums, 4), sorted([*nums, *nums]))
print([*nums, *"xy"], (*nums,), {*nums}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
print(*[], "alone")
