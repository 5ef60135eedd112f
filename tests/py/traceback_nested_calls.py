# An exception raised three calls deep propagates through every frame,
# running their finally blocks on the way out; uncaught, it ends the
# program with status 1 after the output so far.
def level3(x):
    return {"a": 1}[x]
def level2(x):
    try:
        return level3(x)
    finally:
        print("level2 finally")
def level1(x):
    r = level2(x)
    print("level1 got", r)
    return r
print(level1("a"))
level1("missing")
print("not reached")
