# zfill keeps the sign in front; compare with format's 0 padding.
for s in ["42", "-42", "+42", "-", "+", "", "abc", "-3.14", "１２"]:
    print(repr(s), s.zfill(6), s.zfill(1), s.rjust(6, "0"))
for n in [42, -42, 0]:
    print(f"{n:06d}", str(n).zfill(6), "%06d" % n, format(n, "=+6"))
