# RecursionError at CPython's default depth (1000 frames), caught and
# uncaught.
n = 0
def down(k):
    global n
    n = k
    down(k + 1)
try:
    down(1)
except RecursionError as e:
    print("caught at", n, e)
def also(k):
    return also(k + 1)
also(0)
