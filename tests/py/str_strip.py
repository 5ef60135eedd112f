# strip / lstrip / rstrip with and without chars.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr("  x y  ".strip()), repr("\t\n x \r\n".lstrip()), repr(" x \n".rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."), "<<a>>".strip("<>"))
print(repr("\u3000a\u00a0".strip()), "ééaéé".strip("é"), repr("".strip()), "abc".strip(""))
print("abc".strip(None), "  abc".lstrip(None))
lines = ["  a\n", "b  \n", "\n"]
print([l.strip() for l in lines])
attempt(lambda: "a".strip(1))
attempt(lambda: "a".lstrip(1))
attempt(lambda: "a".rstrip(b"a"))
attempt(lambda: "a".strip("a", "b"))
attempt(lambda: "a".strip(chars="a"))
