# Decoding invalid UTF-8 under every supported error handler.
samples = [b"\xff", b"a\xe9\x80", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"ok\xe2\x82"]
for b in samples:
    row = []
    for errors in ["replace", "ignore", "backslashreplace"]:
        row.append(b.decode("utf-8", errors))
    try:
        b.decode()
        row.append("strict ok")
    except UnicodeDecodeError as e:
        row.append(str(e))
    print(row)
print(b"\xe9\xff".decode("latin-1"), b"abc".decode("ascii"), b"\x80abc".decode("ascii", "replace"))
