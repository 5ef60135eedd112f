# Case conversions with full Unicode mappings.
print("hello World".upper(), "ÄÖÜ straße".upper(), "ΣΑΣ σας".lower(), "Straße".casefold())
print("hello wORLD".capitalize(), "ǆemal ǅ Ǆ".title(), "they're bill's friends".title(), "AbC ß".swapcase())
print("ﬁnance".upper(), "İstanbul".lower(), "ΌΣΟΣ".lower(), "".upper(), "123".title())
print("hello".upper().lower() == "hello", "MiXeD".swapcase().swapcase())
for bad in [lambda: "x".upper(1), lambda: "x".lower(a=1), lambda: "x".title(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
