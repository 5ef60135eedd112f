# bytes.fromhex with a bad digit.
print(bytes.fromhex("de ad be ef"))
print(bytes.fromhex("de ad bx ef"))
