def f():
    n = 0
    def inc():
        nonlocal n
        n += 1
    return inc
