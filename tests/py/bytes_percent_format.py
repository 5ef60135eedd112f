# printf-style formatting on bytes: %s takes bytes, %d ints, %r/%a ascii.
print(b"%s=%d" % (b"k", 5), b"%5s|%-4d|%x" % (b"ab", 7, 255), b"%%" % ())
print(b"%c%c" % (65, b"B"), b"%a" % "é", b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
