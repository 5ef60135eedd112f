# str() of Unicode errors with one and with several bad characters.
cases = [("é", "ascii"), ("ab€€c", "latin-1"), ("x😀", "ascii"), ("\u0100", "latin-1")]
for text, enc in cases:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(str(e), "|", e.start, e.end)
for raw in [b"\xff", b"ab\xe9\x80", b"\xc3", b"\xe2\x82"]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(str(e), "|", e.start, e.end, repr(e.object))
