# An unknown name: 3.11 counts the non-ASCII character before it as 10 bytes.
print("ok")
x = "é\N{BOGUS}"
