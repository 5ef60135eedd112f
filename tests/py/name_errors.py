# NameError, UnboundLocalError, free variables referenced too early.
try:
    print(undefined_name)
except NameError as e:
    print(e)
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    x = 2
f()
def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 1
g()
def h():
    z = 1
    del z
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
h()
del x
try:
    x
except NameError as e:
    print(e)
print(also_undefined)
