# ASCII case mapping of str and bytes (the branch-free upper/lower loop):
# every byte value around the letter ranges, long inputs, and the other
# case operations that keep their own loop.
edge = "".join(chr(c) for c in range(0x20, 0x7F))
for s in [edge, edge * 37, "", "a", "Z", "@[`{", "MiXeD 123 _abc_XYZ"]:
    print(s.upper()[:100], s.lower()[:100], len(s.upper()), s.upper() == s.lower().upper())
    print(s.casefold()[:60], s.swapcase()[:60], s.title()[:60], s.capitalize()[:60])
b = bytes(range(256))
print(b.upper(), b.lower())
print(b.swapcase()[60:130], b.title()[60:130], b.capitalize()[:10])
print(("é" + edge).upper()[:40], ("ß" + edge).lower()[:40])
long = ("The quick brown fox, 42 jumps! " * 1000)
print(hash(long.upper()) == hash(long.upper()), long.upper()[:40], long.lower()[-40:], len(long.upper()))
