# Small text utilities: run-length encoding, Caesar cipher, anagram
# groups, roman numerals, word wrapping and palindromes.
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
print(rle("aaabccddddde"), unrle(rle("aaabccddddde")) == "aaabccddddde", rle(""), rle("x" * 12))
def caesar(s, k):
    res = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
msg = "Hello, World! Zebra-123"
print(caesar(msg, 3), caesar(caesar(msg, 3), -3) == msg, caesar(msg, 26) == msg)
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total
print([to_roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20):
    print(f"|{line:<20}|")
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
