# Strings: concatenation, repetition, indexing, slicing, membership.
s = "hello, world"
print(s[0], s[-1], s[4:], s[:5], s[::2], s[::-1], s[7:100], s[-5:-1], s[100:])
print(s + "!", s * 2, 3 * "ab", "" * 5, "ab" * -1)
print("lo" in s, "xyz" not in s, "" in s)
print(len(s), len(""), len("héllo"), len("日本語"))
t = "日本語テキスト"
print(t[1], t[2:4], t[::-1], t[-2])
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"), repr("é"), repr("\x00\x7f"))
print(str(123), str(1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
u = ""
for ch in "abc":
    u += ch.upper() if False else ch
print(u)
print(f"{s!r} {len(s)} {s[0]!s}")
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
