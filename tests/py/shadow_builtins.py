# Globals and locals may shadow builtins; deleting the global uncovers it.
print(len("abc"))
len = lambda x: 42
print(len("abc"))
del len
print(len("abc"))
def f():
    list = [1, 2]
    return list
print(f(), list("ab"))
def g(sum):
    return sum * 2
print(g(4), sum([1, 2]))
max = 7
print(max)
del max
print(max(1, 2))
str = "shadowed"
print(str)
del str
print(str(5))
