# del on names, subscripts, slices; deleting twice.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(10))
del l[0], l[-1]
del l[2:4]
print(l)
d = {1: 2, 3: 4}
del d[1]
print(d)
def f():
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        print(e)
f()
try:
    del d[99]
except KeyError as e:
    print("KeyError", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(e)
g = 5
def h():
    global g
    del g
h()
try:
    g
except NameError as e:
    print(e)
