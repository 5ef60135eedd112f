# Strings as sequences of code points: iteration, indexing of non-ASCII
# text, ordering by code point, membership, min/max, sorted, in-loop
# concatenation.
s = "naïve café 日本 😀!"
print(len(s), [c for c in s if ord(c) > 127], s[2], s[-2], s[11:13])
print(list("añb"), sorted("cAbа"), min("zebra"), max("Zebra"), "é" > "z", "Z" < "a")
print("apple" < "apples" < "b", "" < " ", "a" * 3 < "aab", "abc" == "abc", "abc" != "ABC")
print("ï" in s, "café" in s, "cafe" in s, s.count("a"), s.find("日"), s.index("😀"))
acc = ""
for i, ch in enumerate("abcde"):
    acc += ch * (i + 1)
print(acc, len(acc))
out = []
for ch in "Hello, World":
    out.append(ch.upper() if ch.islower() else ch.lower())
print("".join(out))
print([s[i:i + 3] for i in range(0, 9, 3)], s[::-1][:4], "".join(reversed("😀ab")))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("İ".lower()), "ﬁ".upper())
for bad in [lambda: "a" < 1, lambda: "a" + None, lambda: ord("ab"), lambda: "abc"[1:2:0]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
