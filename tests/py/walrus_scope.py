# Assignment expressions, global and nonlocal declarations.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop() if False else None) is not None:
    pass
print([m for x in range(5) if (m := x * 2) > 4], m)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(outer())
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
