# chr out of range.
print([chr(c) for c in range(65, 70)])
print(chr(0x110000))
