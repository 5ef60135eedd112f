# Context managers and modules the VM does not provide yet raise
# CPython's errors.
try:
    with 5:
        pass
except TypeError as e:
    print(e)
try:
    import not_a_module
except ImportError as e:
    print(type(e).__name__, e)
import nonexistent_module_xyz
