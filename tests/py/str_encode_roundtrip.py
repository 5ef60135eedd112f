# Encoding and decoding round trips, sizes per codec.
texts = ["plain", "café", "naïve façade", "日本語", "emoji 😀", "\x00\x7f\x80\xff"]
for t in texts:
    u8 = t.encode()
    print(repr(t), len(t), len(u8), u8.decode() == t, u8.hex(" ", 4))
    try:
        l1 = t.encode("latin-1")
        print("  latin-1", l1, l1.decode("latin-1") == t)
    except UnicodeEncodeError as e:
        print("  latin-1", e)
    print("  ascii", t.encode("ascii", "replace"), t.encode("ascii", "xmlcharrefreplace"))
