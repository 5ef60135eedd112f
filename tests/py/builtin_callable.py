# callable() for functions, lambdas, builtins, types, bound methods,
# and non-callables.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(print), callable(int), callable(type))
print(callable("s".upper), callable([].append), callable(str.join), callable(dict.get))
print(callable(1), callable("f"), callable(None), callable([f]), callable((f,)), callable({}))
g = (x for x in [])
print(callable(g), callable(iter([])), callable(range), callable(range(3)))
try:
    callable()
except TypeError as e:
    print(e)
