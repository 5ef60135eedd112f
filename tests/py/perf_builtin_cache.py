# The builtin lookup cache while the module's globals change: new names
# added, and deleted and added again (the cache stays valid), the builtin shadowed by a global of the
# same name, the shadow deleted again, and names bound in a loop.
def use():
    return len("abc"), str(5), abs(-2)

out = []
for i in range(40):
    out.append(use())
    if i == 10:
        len = lambda s: -1
    if i == 20:
        del len
    if i == 25:
        def abs(x):
            return "shadow"
    if i == 30:
        del abs
    try:
        raise ValueError(i)
    except ValueError as e:
        pass
    token = i
print(out[:3], out[11], out[21], out[26], out[31], out[-1])
for k in range(3):
    try:
        raise ValueError(str(k))
    except ValueError as e:
        print(type(e).__name__, e, len(str(e)), int(str(k)) + 1)
try:
    del str
except NameError as e:
    print("NameError", e)
str = repr
print(str("x"), len([1, 2]))
del str
print(str("x"))
