# int(str) refuses more than 4300 decimal digits (CVE-2020-10735) with
# CPython's ValueError; power-of-two bases are not limited; str(int)
# of a huge value is limited too.
ok = int("9" * 4300)
print(len(str(ok)), ok % 1000)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    int("-" + "2" * 5000)
except ValueError as e:
    print(e)
print(int("f" * 5000, 16) % 997, int("1" * 20000, 2) % 1009)
big = 10 ** 5000
print(big.bit_length(), big % 12345)
try:
    str(big)
except ValueError as e:
    print(e)
try:
    print(f"{big}")
except ValueError as e:
    print("f-string:", e)
try:
    repr(big)
except ValueError as e:
    print("repr:", e)
print(len(hex(big)), hex(big)[:10])
print(int("  " + "7" * 4300 + "  ") % 10, int("1_0" * 10))
