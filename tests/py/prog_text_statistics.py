text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,;:!?\"'").lower() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f"{w:<{width}} {c:>3} {'#' * c}")
print(len(words), len(freq), sum(len(w) for w in words) / len(words))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20] + "...")
sentences = [s.strip() for s in text.replace("\n", " ").split(".") if s.strip()]
print(len(sentences), sentences[0][:30])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
def wrap(s, width):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line: out.append(line)
    return out
for l in wrap(text, 38):
    print(f"|{l:<38}|")
def caesar(s, k):
    def sh(c):
        if c.isupper(): return chr((ord(c) - 65 + k) % 26 + 65)
        if c.islower(): return chr((ord(c) - 97 + k) % 26 + 97)
        return c
    return "".join(map(sh, s))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("abc"))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "snake_case_name".split("_")[0] + "".join(p.title() for p in "snake_case_name".split("_")[1:]))
camel = "parseHTTPResponseCode"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel).lstrip("_")
print(snake, "  multiple   spaces  here ".split(), " ".join("  multiple   spaces ".split()))
print("palindromes:", [w for w in ["level", "Racecar", "python", "noon"] if w.lower() == w.lower()[::-1]])
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
