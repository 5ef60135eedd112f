# One-byte separators, partition both ways, f-string ints, str() positional.
s = "a,b,,c,"
print(s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 2))
print(s.partition(","), s.rpartition(","), s.partition(";"), s.rpartition(";"))
print("é,ü,ß".split(","), "é,ü,ß".rpartition(","), "x".find("x"), "abc".rfind("c"), "abc".find("d"))
print(",".join(["1", "2"]).count(","), "aaa".replace("a", "b"), "".split(","), "".partition(","))
for i in (-12, -1, 0, 7, 12345678901, 2**70):
    t = f"{i}|{i:5}"
    print(t, len(t), str(i), str(i).isascii())
print(str(), str("x"), str(b"ab", "ascii"), str(object="q"))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    "a".split(",", 1, 2)
except TypeError as e:
    print(e)
try:
    "a".partition("")
except ValueError as e:
    print(e)
