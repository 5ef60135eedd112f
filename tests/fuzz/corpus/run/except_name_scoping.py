# The "as" name is unbound at the end of the handler, even if it
# shadowed an existing variable; other names assigned inside survive.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    captured = e
    inner_note = "set in handler"
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(captured, inner_note)
def f():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as ex:
    print("UnboundLocalError:", ex)
def keep():
    saved = None
    try:
        [][0]
    except IndexError as exc:
        saved = exc
    return type(saved).__name__, str(saved)
print(keep())
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as loop_exc:
        last = loop_exc
print(repr(last))
