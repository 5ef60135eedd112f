def f():
    while True:
        g()
