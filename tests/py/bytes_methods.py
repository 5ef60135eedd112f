# bytes methods: search, split, strip, case, padding, predicates.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello world, hello"
print(b.find(b"hello", 1), b.rfind(b"o"), b.find(111), b.index(b"world"), b.count(b"l"), b.count(b""))
print(b.startswith(b"he"), b.endswith((b"x", b"llo")), b.split(), b.split(b", "), b.rsplit(b" ", 1))
print(b"  x ".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"), b"a=b".partition(b"="), b"a=b=c".rpartition(b"="))
print(b.upper(), b"Ab".swapcase(), b"ab cd".title(), b"aB".capitalize(), b"\xe9A".lower())
print(b"ab".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"\x80".isascii())
print(b"x".center(5, b"*"), b"x".ljust(3), b"x".rjust(3, b"."), b"-1".zfill(4), b"a\tb".expandtabs(4))
print(b"aa".replace(b"a", b"b", 1), b", ".join([b"x", b"y"]), b"a\nb\r\nc".splitlines(True))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.gz".removesuffix(b".gz"))
attempt(lambda: b.find(300))
attempt(lambda: b.find("b"))
attempt(lambda: b.index(b"zz"))
attempt(lambda: b.startswith("a"))
attempt(lambda: b.startswith(("a",)))
attempt(lambda: b.split("a"))
attempt(lambda: b.strip("a"))
attempt(lambda: b.partition(b""))
attempt(lambda: b.replace("a", b"b"))
attempt(lambda: b"a".join(["a"]))
attempt(lambda: b"a".join([b"x", 1]))
attempt(lambda: b"a".center(5, "x"))
attempt(lambda: b"a".center(5, b"xy"))
attempt(lambda: b"ab".removeprefix("a"))
attempt(lambda: b"ab".upper(1))
