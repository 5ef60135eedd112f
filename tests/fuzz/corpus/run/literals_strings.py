# String literal forms: quotes, escapes, raw strings, triple quotes,
# implicit concatenation, \u and \U escapes, line continuation.
print('single', "double", '''triple single''', """triple "double" quotes""")
print("tab\tnew\\n quote\" apos\' bell\a|".encode())
print("\x41\101\u0042\U0001F600\u03b1\u20ac")
print(r"raw \n \t \\ \x41", R"\d+", rb"\x00", br"\n", len(r"\n"))
print("implicit" " concat" ' works', "a" "b" == "ab")
long = "first line \
continued"
print(long)
tq = """line 1
    line 2 indented
line 3\
 joined"""
print(tq)
print(repr("""\
no leading newline"""))
print(b"bytes \x00\xff", B"upper", b"\n", rb"\d")
print("\0", repr("\0"), repr("\777" if False else "\177"), "\1\2".encode())
print(len("\u2603"), "\u00e9" == "é", "\xe9" == "é")
total = 1 + \
    2 + \
    3
print(total)
