# str.split / rsplit: whitespace runs, separators, maxsplit, errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("a,b,,c,".split(","))
print("  lead  and   trail  ".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("a,b,c".split(",", maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix".split())
print("a\u2003b\u3000c".split(), "日本,語,テキスト".split(","))
print("aXbXc".split("X", 0), "aXbXc".split("X", -1), "abcabc".split("bc"))
print("x".split("x"), "xx".split("x"), "abc".rsplit("c"))
words = "the quick  brown fox".split()
print(len(words), words[-1], "-".join(words))
attempt(lambda: "a".split(""))
attempt(lambda: "a".split(1))
attempt(lambda: "a".rsplit(sep=1))
attempt(lambda: "a".split("a", "b", "c"))
attempt(lambda: "a".split(sepp=1))
attempt(lambda: "a".split(maxsplit="x"))
attempt(lambda: "a".split(",", sep=","))
