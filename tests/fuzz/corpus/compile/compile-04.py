def f(x):
    x = x < 3
    return x is None or x
