# Keyword argument repeated in a call.
def f(**k):
    return k
f(a=1, a=2)
