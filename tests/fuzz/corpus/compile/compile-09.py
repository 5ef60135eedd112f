def f(g):
    return g(1)
