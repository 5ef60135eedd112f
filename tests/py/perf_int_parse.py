# int() of text: the short decimal fast path and every shape it must leave
# to the general parser (whitespace, underscores, other digits, long runs).
cases = ["0", "7", "-0", "+0", "007", "-42", "+42", "123456789012345678",
         "-123456789012345678", "999999999999999999", "1234567890123456789",
         "-9223372036854775808", "4611686018427387904", "-4611686018427387905",
         " 12", "12 ", "\t-3\n", "1_000", "1__0", "_1", "1_", "", "+", "-",
         "--1", "+-1", "1.0", "0x10", "١٢٣", "12a", "a12", "٣4"]
for s in cases:
    try:
        v = int(s)
        print(repr(s), v, type(v).__name__)
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in [b"15", b"-15", b" 15 ", b"1_5", b"x"]:
    try:
        print(s, int(s))
    except ValueError as e:
        print(s, "ValueError", e)
for s, b in [("17", 8), ("ff", 16), ("0b101", 0), ("10", 10), ("010", 0), ("0", 0)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError", e)
total = 0
for i in range(2000):
    total += int(str(i * 7919 - 5000))
print(total)
