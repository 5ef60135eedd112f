def f():
    with m() as v:
        return v
