"""The module docstring: bound as the global __doc__."""
# __name__ and __doc__ are module globals; Ellipsis and NotImplemented
# are builtins (and can be shadowed like any builtin).
print(__name__, __doc__)
print(__name__ == "__main__", type(__name__).__name__)
print(Ellipsis, ... is Ellipsis, repr(...), type(Ellipsis).__name__, Ellipsis == ...)
print(NotImplemented, type(NotImplemented).__name__, bool(...))
def inner():
    return __name__, __doc__
print(inner())
__doc__ = "changed"
print(__doc__, inner())
Ellipsis = 3
print(Ellipsis, ...)
del Ellipsis
print(Ellipsis)
x = [1, 2, 3]
print(x[...] if False else "no subscript", {...: 1}[...])
