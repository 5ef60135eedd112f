# format() of every builtin kind.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(format(5), format(5, "x"), format(3.14159, ".2f"), format("ab", ">5"), format([1], ""), format(None), format(True), format(True, "d"))
print(format(255, "#x"), format(1234567, ","), format(0.5, "%"), format("x", "^5"), format(3, "b"), format(2**70, "_"), format(-0.0, "z.1f"))
attempt(lambda: format([1], "x"))
attempt(lambda: format(1, 2))
attempt(lambda: format(1, "q"))
attempt(lambda: format("s", "d"))
attempt(lambda: format(1.5, "x"))
attempt(lambda: format(1, ",_"))
