# str methods with arguments over one input, covering negative and
# out-of-range start/end, empty separators and counts.
s = "abracadabra"
for sub in ["a", "abra", "", "z", "ra"]:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.count(sub, 1, -1), s.find(sub, -4),
          s.rfind(sub, 0, 5), s.startswith(sub), s.endswith(sub), s.startswith(sub, 7), s.endswith(sub, 0, 4))
for args in [("a", "A"), ("a", "A", 2), ("", "-"), ("", "-", 3), ("abra", ""), ("z", "Z"), ("a", "A", 0), ("a", "A", -1)]:
    print(args, s.replace(*args))
for args in [(), ("a",), ("a", 2), ("a", 0), ("a", -1), ("bra",), (None, 1)]:
    print(args, s.split(*args), s.rsplit(*args))
for w in [0, 5, 11, 12, 15]:
    print(w, repr(s.center(w, "*")), repr(s.ljust(w, ".")), repr(s.rjust(w)), repr(s.zfill(w)))
print(s.partition("cad"), s.rpartition("a"), s.partition("zz"), s.rpartition("zz"))
print(s.strip("ab"), s.lstrip("abr"), s.rstrip("a"), s.strip(""), s.removeprefix("abr"), s.removesuffix("bra"))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1), s.translate({ord("a"): "4", ord("b"): None}))
print(s.upper().lower() == s, s.title(), s.capitalize(), s.swapcase(), s.encode(), s[::-1].count("arba"))
