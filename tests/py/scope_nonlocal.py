# nonlocal rebinds the nearest enclosing function binding, skipping
# levels that do not bind the name; siblings share one cell.
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
def two_levels():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return mid(), v
print(two_levels())
def siblings():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    inc(); inc(); inc()
    return get()
print(siblings())
def nonlocal_in_loop():
    fns = []
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    for _ in range(4):
        fns.append(bump())
    return fns, count
print(nonlocal_in_loop())
def nonlocal_del():
    z = 5
    def kill():
        nonlocal z
        del z
    kill()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
def nonlocal_multi():
    a = b = 0
    def setboth():
        nonlocal a, b
        a, b = "A", "B"
    setboth()
    return a + b
print(nonlocal_multi())
def param_is_cell(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(param_is_cell(3), param_is_cell("ab"))
