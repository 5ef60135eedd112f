def f(x):
    try:
        return x
    finally:
        x = 2
