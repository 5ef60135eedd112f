# bytes() from every kind of source.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([65, 66]), bytes("abc", "ascii"), bytes(b"ab"), bytes(range(3)), bytes((1, 2)))
print(bytes("é", "latin-1"), bytes("€", "utf-8"), bytes("€", "ascii", "replace"), bytes(source=b"a"), bytes("a", encoding="ascii"))
print(bytes(x for x in [104, 105]), bytes(map(ord, "hey")), bytes({1: 2}), bytes(frozenset()))
attempt(lambda: bytes("abc"))
attempt(lambda: bytes(-1))
attempt(lambda: bytes([256]))
attempt(lambda: bytes(["a"]))
attempt(lambda: bytes(1.5))
attempt(lambda: bytes(3, "ascii"))
attempt(lambda: bytes(b"a", "ascii"))
attempt(lambda: bytes(x=1))
attempt(lambda: bytes([1], errors="x"))
attempt(lambda: bytes("a", errors="strict"))
attempt(lambda: bytes(None))
attempt(lambda: bytes("€", "ascii"))
