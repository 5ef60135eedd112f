# AttributeError suggestions come from dir(obj): here a function's
# __dict__ entry.
def handler():
    pass
handler.counter = 1
print(handler.counter)
handler.countr += 1
