# with on objects that are not context managers: CPython's TypeError,
# raised before the body runs; the as-target is never bound.
for obj in [5, None, [], "s", {}, (1,), len]:
    try:
        with obj as target:
            print("body ran")
    except TypeError as e:
        print(e)
try:
    target
except NameError as e:
    print(e)
def f():
    with 1, 2:
        pass
try:
    f()
except TypeError as e:
    print("multiple items:", e)
