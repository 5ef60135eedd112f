# global declarations: writes go to module scope, from any depth, and
# a global that is never assigned at module level is created on demand.
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def create():
    global fresh
    fresh = "made inside"
create()
print(fresh)
def outer():
    def inner():
        global total
        total = -1
    inner()
    total = "outer local"
    return total
print(outer(), total)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def del_global():
    global fresh
    del fresh
del_global()
try:
    print(fresh)
except NameError as e:
    print(e)
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print(idx)
def comp_reads_global():
    return [total * k for k in range(3)]
print(comp_reads_global())
def read_missing():
    global missing_name
    return missing_name
try:
    read_missing()
except NameError as e:
    print(type(e).__name__, e)
