# translate and maketrans.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("abc".translate({97: "x", 98: None}), "abc".translate({97: 300, 98: "XY"}), "abc".translate(str.maketrans("ab", "xy")))
print(str.maketrans({"a": 1, 98: "x", "c": None}), str.maketrans("ab", "cd", "e"), "hello world".translate(str.maketrans("", "", "lo")))
table = str.maketrans("aeiou", "AEIOU")
print("translate these vowels".translate(table), "x".maketrans("a", "b"))
print("abc".translate("xyz"), "abc".translate([1]))
attempt(lambda: "abc".translate({97: -1}))
attempt(lambda: "abc".translate({97: 0x110000}))
attempt(lambda: "abc".translate({99: 1.5}))
attempt(lambda: "abc".translate(1))
attempt(lambda: str.maketrans())
attempt(lambda: str.maketrans(1))
attempt(lambda: str.maketrans("ab", "c"))
attempt(lambda: str.maketrans({1.5: "a"}))
attempt(lambda: str.maketrans({"ab": "a"}))
attempt(lambda: str.maketrans("a", 1))
attempt(lambda: str.maketrans(1, "a"))
attempt(lambda: str.maketrans("a", "b", None))
