# bytes.decode and str.encode with utf-8, ascii and latin-1, the error
# handlers strict/ignore/replace, and the messages of failures.
data = "naïve €".encode()
print(data, len(data), data.decode(), data.decode("utf-8"), data.decode("UTF8"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), "x".encode("utf_8"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="replace"))
print("é€".encode("ascii", "ignore"), "é€".encode("ascii", "replace"), "é".encode("latin-1", "replace"))
print("😀".encode(), len("😀".encode()), b"\xf0\x9f\x98\x80".decode())
for bad in [lambda: b"\xff".decode(), lambda: b"a\xc3".decode(), lambda: "é".encode("ascii"),
            lambda: "€".encode("latin-1"), lambda: b"\x80".decode("ascii"), lambda: b"a".decode("nope"),
            lambda: "a".encode("utf-8", "nope") if False else b"\xff".decode("utf-8", "bogus"),
            lambda: b"\xed\xa0\x80".decode()]:
    try:
        print(bad())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
