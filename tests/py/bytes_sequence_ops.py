# bytes as a sequence of ints: iteration, indexing, slicing, concat,
# repeat, comparison, membership of ints and subsequences, repr forms.
b = b"Hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b[::-1])
print(b"ab" + b"cd", b"ab" * 3, b"" * 5, b"a" < b"b", b"abc" < b"abd", b"ab" == b"ab", b"a" == "a")
print(72 in b, b"ll" in b, b"" in b, 256 in b if False else 0 in b, [c for c in b"az"])
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\x7f\x80"), str(b"x"))
print(b"a,b,,c".split(b","), b" x ".strip(), b"abc".upper(), b"ab".hex(), bytes.fromhex("41 42"))
print(b"abc".find(b"c"), b"aXbXc".replace(b"X", b"--"), b"-".join([b"a", b"b"]))
print(sorted([b"b", b"a", b"ab"]), max(b"zebra"), sum(b"\x01\x02"), hash(b"k") == hash(b"k"))
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("s"),
            lambda: b"a" < "a", lambda: "a" in b"a", lambda: b"ab".join(["a"]), lambda: bytes(-1)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
