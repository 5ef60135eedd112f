# x if c else y: lazy, right-associative, lowest precedence but lambda.
def side(name, v):
    print("eval", name)
    return v
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", 0) else side("b", 2))
for n in range(-1, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "one" if n == 1 else "many")
x = 5
print(x * 2 if x > 3 else x, (x * 2) if x > 30 else x - 1)
f = lambda v: "even" if v % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print([i if i % 3 else "fizz" for i in range(7)])
print(1 if [] else 2 if {} else 3 if "" else 4)
t = 1, 2 if False else 3
print(t)
print((lambda: 1) if False else None, "" if None else "none is falsy")
print(not 1 if 0 else 2)
