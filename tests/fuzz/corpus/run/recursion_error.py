# Unbounded recursion raises RecursionError (a RuntimeError), which can
# be caught, after which the program continues normally.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError as e:
    print("mutual:", e)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(400))
lam = lambda n: lam(n + 1)
try:
    lam(0)
except RecursionError as e:
    print("lambda:", e)
