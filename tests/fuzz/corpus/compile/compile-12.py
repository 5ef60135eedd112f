def f(a, b):
    a += 1
    b[0] *= a
    b.c |= 2
    return a
