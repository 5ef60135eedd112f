# Closures capturing loop variables, cells shared between closures.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(10)
print(get())
callbacks = []
for i in range(3):
    def cb(i=i):
        return i * 10
    callbacks.append(cb)
print([c() for c in callbacks])
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = outer()
add(5); add(7)
print(total())
def nest(n):
    if n == 0:
        return lambda: "base"
    inner = nest(n - 1)
    return lambda: f"{n}>{inner()}"
print(nest(3)())
