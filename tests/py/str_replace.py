# replace: counts, empty old, unicode, errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abc".replace("x", "y"), "héllo".replace("é", "e"), "a.b.c".replace(".", ""), "ab".replace("ab", "abab"))
text = "the cat sat on the mat"
print(text.replace("the", "a").replace("at", "og"))
attempt(lambda: "a".replace("a"))
attempt(lambda: "a".replace(1, 2))
attempt(lambda: "a".replace("a", 2))
attempt(lambda: "a".replace("a", "b", "c"))
attempt(lambda: "a".replace("a", "b", count=1))
attempt(lambda: "a".replace("a", "b", 2**70))
