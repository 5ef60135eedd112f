# CPython 3.11 appends "Did you mean: ...?" to an uncaught AttributeError
# for a close attribute name.
try:
    "s".uper()
except AttributeError as e:
    print(e)
items = [3, 1]
items.apend(2)
