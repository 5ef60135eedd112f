# chr, ord, ascii, repr, hash, id.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(chr(65), repr(chr(0)), chr(0xe9), chr(0x1f600), repr(chr(0x10FFFF)), ord("a"), ord("é"), ord("😀"), ord(b"a"))
print(ascii("é"), ascii([1, "ü"]), ascii(1), ascii("😀"), ascii(b"\xff"), ascii({"é": "ß"}))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "cab"])
print(hash(1), hash(-1), hash(1.0), hash(0.5), hash(True), hash(2**70), hash(float("inf")), hash(-0.0), hash(2**61 - 1))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(frozenset([1])) == hash(frozenset([1])))
a = [1]
print(id(a) == id(a), id(a) == id([1]))
attempt(lambda: chr(0x110000))
attempt(lambda: chr(-1))
attempt(lambda: chr("a"))
attempt(lambda: chr(2**70))
attempt(lambda: ord("ab"))
attempt(lambda: ord(""))
attempt(lambda: ord(b"ab"))
attempt(lambda: ord(1))
attempt(lambda: hash([]))
attempt(lambda: hash({}))
attempt(lambda: hash((1, [2])))
