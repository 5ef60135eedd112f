# bytes methods mirroring str: the argument-free ones over tricky
# inputs, then search/split/replace with arguments.
samples = [b"", b" ", b"abc", b"ABC", b"Abc Def", b"  pad\t\n", b"MiXeD123", b"123", b"a_b c", b"\xff\x00", b"line\nbreak\r\nx"]
methods = ["capitalize", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip", "split", "splitlines",
           "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "hex"]
for b in samples:
    print(repr(b), [getattr(b, m)() for m in methods])
s = b"abracadabra"
for sub in [b"a", b"abra", b"", b"z"]:
    print(sub, s.count(sub), s.find(sub), s.rfind(sub), s.startswith(sub), s.endswith(sub), s.replace(sub, b"_", 2))
print(s.split(b"a"), s.rsplit(b"a", 2), s.partition(b"cad"), s.rpartition(b"a"), s.center(15, b"*"), s.zfill(13))
print(s.index(b"c"), s.find(97), s.count(97), 97 in s, s.strip(b"a"), s.removeprefix(b"ab"), s.upper().decode())
