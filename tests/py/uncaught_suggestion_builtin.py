# No local or global is close: the builtins are searched ("ValueError").
def check(x):
    if x < 0:
        raise ValueEror(x)
    return x
print(check(1))
check(-1)
