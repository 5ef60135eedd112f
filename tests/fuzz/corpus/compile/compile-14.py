def f(a):
    r = [y := v for v in a]
    return y
