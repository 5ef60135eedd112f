# del on names, subscripts, slices and tuples of targets, with the
# errors for missing names, keys and indices.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[5]
except IndexError as e:
    print(e)
a, b, c = 1, 2, 3
del a, b
try:
    print(b)
except NameError as e:
    print(e)
print(c)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
def local_del():
    v = "x"
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(e)
local_del()
try:
    del never_defined
except NameError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(e)
