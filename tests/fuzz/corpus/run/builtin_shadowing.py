# Module globals and locals may shadow builtins; deleting the global
# makes the builtin visible again; builtins stay intact elsewhere.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
def param_shadow(list):
    return list * 2
print(param_shadow(3), list("ab"))
str = "not a type"
try:
    str(5)
except TypeError as e:
    print(e)
del str
print(str(5))
sum = 0
for i in range(5):
    sum += i
print(sum)
del sum
print(sum([1, 2]))
try:
    del print
except NameError as e:
    print(e)
