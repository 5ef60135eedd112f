# partition / rpartition / removeprefix / removesuffix.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
key, _, value = "name: monty".partition(": ")
print(key, value)
print("prefix_x".removeprefix("prefix_"), "x".removeprefix("y"), "x.py".removesuffix(".py"), "x".removesuffix(""))
print("日本語".partition("本"), "aaa".rpartition("a"))
attempt(lambda: "a".partition(""))
attempt(lambda: "abc".partition(None))
attempt(lambda: "a".partition())
attempt(lambda: "ab".rpartition(sep="a"))
attempt(lambda: "a".removeprefix(1))
attempt(lambda: "a".removesuffix(None))
attempt(lambda: "ab".removeprefix(prefix="a"))
