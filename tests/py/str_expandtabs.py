# str.expandtabs: default tab size 8, custom sizes, columns reset at
# newlines and carriage returns, zero and negative sizes.
for s in ["a\tb", "\t", "abc\tde\tf", "12345678\tx", "a\tb\nc\td", "ab\r\tc", "", "no tabs"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
print(repr("x\ty".expandtabs(tabsize=3)), repr("日本\tx".expandtabs(4)))
rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
for r in rows:
    print("\t".join(r).expandtabs(10) + "|")
for bad in [lambda: "a".expandtabs("4"), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(size=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
