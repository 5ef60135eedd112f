def f(m):
    return [y for y in g(m)]
