# encode / decode with the codecs and error handlers that exist.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("héllo".encode(), "a".encode("UTF-8"), "é".encode("latin_1"), "é€".encode("latin-1", "replace"))
print("é".encode("ascii", "xmlcharrefreplace"), "é😀".encode("ascii", "backslashreplace"), "aé".encode("ascii", errors="ignore"))
print(b"h\xc3\xa9llo".decode(), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"\xff".decode("utf-8", "backslashreplace"), b"caf\xc3\xa9".decode("utf8").upper())
attempt(lambda: "é".encode("ascii"))
attempt(lambda: "€x€".encode("ascii"))
attempt(lambda: "ab€€".encode("latin-1"))
attempt(lambda: "a".encode("zz"))
attempt(lambda: "a".encode(1))
attempt(lambda: "a".encode(encoding=None))
attempt(lambda: "é".encode("ascii", "bogus"))
attempt(lambda: b"\xff\xfe".decode())
attempt(lambda: b"a\xe9\x80".decode("utf8"))
attempt(lambda: b"\x80".decode("ascii"))
attempt(lambda: b"a".decode(encoding="zz"))
try:
    "x€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.args, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"\xc3".decode()
except UnicodeError as e:
    print(type(e).__name__, e)
