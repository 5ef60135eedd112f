# An unknown name in f-string text.
x = f"{1}\N{BOGUS}"
