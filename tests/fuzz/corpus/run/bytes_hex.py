# bytes.hex, bytes.fromhex, translate, maketrans.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"abc".hex(), b"abc".hex(":"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), b"abcde".hex(b"-", 2), b"".hex(":"))
print(bytes.fromhex("61 62"), bytes.fromhex(" 61  62 "), bytes.fromhex("DEADbeef"), bytes.fromhex(""))
print(b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"ab", b"AB")), b"abc".translate(None, delete=b"ac"))
print(bytes.fromhex(b"\x01\xff".hex()) == b"\x01\xff")
attempt(lambda: b"abc".hex(1))
attempt(lambda: b"abc".hex("::"))
attempt(lambda: b"abc".hex("é"))
attempt(lambda: bytes.fromhex("6"))
attempt(lambda: bytes.fromhex("zz"))
attempt(lambda: bytes.fromhex("61 6"))
attempt(lambda: bytes.fromhex(b"61"))
attempt(lambda: b"abc".translate(b"x"))
attempt(lambda: bytes.maketrans(b"ab", b"c"))
