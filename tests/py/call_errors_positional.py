# Missing and surplus positional arguments: singular/plural wording,
# quoting of the names and defaults counted as "from".
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def fd(a, b=1, c=2):
    pass
def fstar(a, *rest):
    pass
calls = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f2(),
    lambda: f2(1),
    lambda: f3(),
    lambda: f3(1),
    lambda: f3(1, 2, 3, 4),
    lambda: fd(),
    lambda: fd(1, 2, 3, 4),
    lambda: fd(1, 2, 3, 4, 5),
    lambda: fstar(),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda: 0)(1, 2, 3),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
