# float.hex / float.fromhex round trips over tricky values.
import_free = [0.1, 1 / 3, 2 ** -1074, 2 ** -1022, 2 ** -1022 - 2 ** -1074, 1.7976931348623157e308, 123.456, -2.5, 1e-310]
for x in import_free:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x, float.fromhex(h.upper()) == x)
for s in ["0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x0.0000000000001p-1022", "0x1p-1076", "0x3p-1076", "-0x1.8", "0X.Cp+4"]:
    try:
        print(s, float.fromhex(s))
    except OverflowError as e:
        print(s, type(e).__name__, e)
