# Recursive calls: naive Fibonacci.
try:
    SCALE
except NameError:
    SCALE = 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = 31 if SCALE >= 1 else 12
print(fib(n))
