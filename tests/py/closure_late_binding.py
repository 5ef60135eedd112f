# Closures capture variables, not values: they see the latest binding.
def make_list():
    out = []
    for i in range(3):
        out.append(lambda: i)
    return [f() for f in out]
print(make_list())
def make_bound():
    out = []
    for i in range(3):
        out.append(lambda i=i: i)
    return [f() for f in out]
print(make_bound())
def rebinding():
    v = "first"
    get = lambda: v
    a = get()
    v = "second"
    return a, get()
print(rebinding())
def factory():
    fs = {}
    for name in ["a", "b"]:
        def show():
            return name
        fs[name] = show
    return fs["a"](), fs["b"]()
print(factory())
def closure_over_mutable():
    acc = []
    def push(v):
        acc.append(v)
        return len(acc)
    push(1); push(2)
    acc = ["replaced"]
    return push(3), acc
print(closure_over_mutable())
def cell_before_assignment():
    def peek():
        return later
    try:
        peek()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return peek()
print(cell_before_assignment())
def gen_closure():
    fs = (lambda: k for k in range(3))
    return [f() for f in fs]
print(gen_closure())
