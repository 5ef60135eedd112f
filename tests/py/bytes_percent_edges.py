# bytes % args: every conversion, widths and precisions counted in bytes,
# mappings keyed by bytes, and CPython 3.11's messages (shared machinery
# with str % args). Left out: b"%z" and b"%\xff", where CPython 3.11.2
# takes 'z' for a flag (a bug later 3.11 releases fix).
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for fmt, args in [
    (b"%s", "str"), (b"%b", 1), (b"%s", True), (b"%s", [1]), (b"%s", {b"a": 1}), (b"%b", b"ok"),
    (b"%r", "\xe9"), (b"%a", b"x"), (b"%r", [1, "x"]), (b"%a", "\u20ac"), (b"%.3a", "abcdef"),
    (b"%c", 256), (b"%c", -1), (b"%c", "a"), (b"%c", b"ab"), (b"%c", b"a"), (b"%c", 2.0), (b"%c", True),
    (b"%c", 10 ** 30), (b"%c", 0), (b"%3c|%-3c|", (65, b"B")),
    (b"%d", "x"), (b"%x", 1.5), (b"%f", "x"), (b"%e", None), (b"%d", 2.7), (b"%i", -3), (b"%u", 10 ** 30),
    (b"%d", True), (b"%x", -255), (b"%#o", 8), (b"%#X", 255), (b"%+05d", 42), (b"% d", 7), (b"%-6.2f|", 3.14159),
    (b"%g %G %e %E %F", (1e20, 1e-20, 12345.678, 0.0001, 1.5)),
    (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(a)s", {"a": b"x"}), (b"%(a)s", {b"a": b"x"}),
    (b"%(a)s%(b)d", {b"a": b"x", b"b": 3}), (b"%(a)s", b"abc"), (b"%(a)s", [1]),
    (b"x", {b"a": 1}), (b"x", [1]), (b"x", 5), (b"x", b"y"), (b"x", "y"), (b"x", ()), (b"x", range(3)),
    (b"%5.2s|%-5s|", (b"abc", b"d")), (b"%*d|%.*f", (5, 3, 2, 1.23456)), (b"%-*d|", (-4, 1)),
    (b"%#x %o %e %g %i %u %%", (255, 8, 1.5, 2.5, 3, 4)), (b"\xff%s\x00", b"\xfe"), (b"%3s|", b"\xff"),
    (b"%.1s|", b"\xff\xfe"), (b"ab%", ()), (b"%(a", {b"a": 1}), (b"%s", ()),
    (b"%*s", ("x", b"y")), (b"%ld %lx", (1, 2)), (b"", ()), (b"%%%s%%", b"mid"), (b"%s", (b"",)),
    (b"%s" * 3, (b"a", b"b", b"c")), (b"%(a)s %s", {b"a": 1}),
]:
    show(lambda: fmt % args)
show(lambda: "%s" % b"x")
show(lambda: "%(a)s" % b"x")
show(lambda: "%b" % b"x")
show(lambda: "%c" % b"a")
show(lambda: b"%s" % bytes(3))
x = b"%d-%d"
x %= (1, 2)
print(x, type(x).__name__)
show(lambda: b"%s" % memoryview if False else b"ok")
