# CPython 3.11 appends "Did you mean: ...?" to an uncaught NameError
# for a close match among locals, globals and builtins (str(e) does not
# include it).
counter = 1
try:
    countr
except NameError as e:
    print(e)
def f():
    value = 1
    return valeu
f()
