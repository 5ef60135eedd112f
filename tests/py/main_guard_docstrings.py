"""Module docstring: a bare string statement, ignored at run time."""
# __name__ is "__main__" for the script; docstrings and bare
# expression statements have no effect; pass and ... are statements.
def documented(x):
    """Return x doubled."""
    return x * 2
def only_docstring():
    "Just a docstring."
def ellipsis_body():
    ...
print(__name__, documented(4), only_docstring(), ellipsis_body(), ...)
print(documented.__doc__, only_docstring.__doc__, ellipsis_body.__doc__)
1 + 1
"expression statement"
[x for x in range(3)]
if __name__ == "__main__":
    print("running as a script")
else:
    print("imported")
class_like = None
pass
print(type(...).__name__, ... is Ellipsis, Ellipsis)
