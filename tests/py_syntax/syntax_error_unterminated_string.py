# A string literal left open at the end of the line.
print("ok")
s = "never closed
print(s)
