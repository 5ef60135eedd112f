# list += and dict |= with iterators that run Python code (generators,
# map with a Python function): the items are gathered, then the operator
# finishes, as CPython's list_extend / dict_update do.
def gen(n):
    for i in range(n):
        yield i * i


items = [1]
items += gen(4)
print(items)
items += map(lambda s: s.upper(), "ab")
print(items)
alias = items
alias += (x for x in "")
print(alias is items, items)

d = {"a": 1}
d |= ((k, len(k)) for k in ["bb", "ccc"])
print(d)
d |= map(lambda k: (k, 0), "a")
print(d)


def pairs():
    yield ("x", 1)
    yield ("y",)


try:
    d |= pairs()
except ValueError as e:
    print("ValueError:", e)
print(sorted(d))


def failing():
    yield 1
    raise KeyError("boom")


lst = []
try:
    lst += failing()
except KeyError as e:
    print("KeyError:", e, lst)

s = {1}
try:
    s |= gen(2)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
t += tuple(gen(3))
print(t)
n = 5
try:
    n += gen(1)
except TypeError as e:
    print("TypeError:", e)
