# id() is stable for one object and distinct for live distinct objects;
# "is" compares identity; mutation keeps identity.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
before = id(a)
a.append(3)
a += [4]
print(id(a) == before, b)
a = a + [5]
print(id(a) == before, b)
d = {}
print(id(d) == id(d), type(id(d)).__name__, id(d) > 0 if False else isinstance(id(d), int))
x = None
print(x is None, None is None, True is True, (x is not None))
objs = [[] for _ in range(5)]
print(len({id(o) for o in objs}))
def f():
    pass
g = f
print(g is f, id(g) == id(f))
