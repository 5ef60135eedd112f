# repr/str of nested containers, strings with quotes and escapes,
# self-referencing lists and dicts, and empty containers.
print(repr([1, [2, (3, {"k": [None]})]]), str((1,)), repr(()), repr([]), repr({}), repr(set()), repr(frozenset()))
print(repr("it's"), repr('"q"'), repr("both ' and \""), repr("\\"), repr("\t\r\n\x07\x1b"), repr("\u200b\xa0"))
print(repr("é日😀"), repr("\x80\x9f"), repr("\ufeff"), ascii("é日😀"))
print(str(["a", 'b"c']), str({"x": "y"}), repr({1: "1", "1": 1}), repr((("a",),)))
a = [1, 2]
a.append(a)
print(a, repr(a), len(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
print(repr(1.0), repr(-0.0), repr(1e-7), repr(10 ** 25), repr(True), repr(None), repr(b"\x00a'\""))
print(repr(range(0, 5)), repr(slice(1, None)), repr(len), repr(int), repr(ValueError("m")), repr(KeyError("k")))
print(repr({"k": frozenset([1])}), repr({1, 2, 3}), repr({(1, 2): [3]}))
