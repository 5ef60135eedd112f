# startswith / endswith with ranges and tuples.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello.py"
print(s.startswith("he"), s.startswith("el", 1), s.endswith(".py"), s.endswith("l", 0, 4), s.endswith(("c", "py")))
print(s.startswith(("x", "y")), s.startswith(()), s.startswith(""), s.endswith("", 100), s.startswith("hello", -8))
files = ["a.py", "b.txt", "c.pyc", "d.PY"]
print([f for f in files if f.endswith((".py", ".pyc"))], [f for f in files if f.lower().endswith(".py")])
attempt(lambda: s.startswith())
attempt(lambda: s.startswith(1))
attempt(lambda: s.startswith((1,)))
attempt(lambda: s.startswith(("h", 1)))
attempt(lambda: s.startswith((1, "h")))
attempt(lambda: s.endswith(["py"]))
attempt(lambda: s.endswith("y", "x"))
attempt(lambda: s.startswith("h", x=1))
attempt(lambda: s.startswith("a", 1, 2, 3))
