# UnicodeEncodeError escapes with CPython's message.
print("plain".encode("ascii"))
print("naïve".encode("ascii"))
