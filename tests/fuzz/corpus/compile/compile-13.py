def f(v):
    a = b = v[0]
    return a, b
