# An uncaught exception: exit status 1, traceback on stderr.
def inner(x):
    return x / 0
def outer():
    print("before")
    return inner(1)
outer()
print("never")
