def f():
    try:
        x = g()
    except E:
        pass
    return x
