# Random strings over a small alphabet (ASCII, Latin-1, CJK, emoji,
# whitespace, separators) through the common str methods.
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n
alphabet = ["a", "B", "c", "1", " ", "\t", "\n", ",", ";", "é", "ß", "日", "😀", "_", "-", "A", "x", "\r\n", "İ", "ǅ"]
def rstr(maxlen=12):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
for _ in range(250):
    s, sep = rstr(), alphabet[rnd(len(alphabet))]
    sub = rstr(2)
    print(repr(s))
    print(" ", s.split(), s.split(sep), s.rsplit(sep, 1), s.split(sep, 2), s.splitlines(), s.splitlines(True))
    print(" ", repr(s.strip()), repr(s.strip(sep + "a")), repr(s.lstrip()), repr(s.rstrip(" \n")))
    print(" ", s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(" ", s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub))
    print(" ", s.replace(sub, "<>") if sub else s.replace("", "|", 3), s.partition(sep), s.rpartition(sep))
    print(" ", s.isalpha(), s.isalnum(), s.isspace(), s.isdigit(), s.isupper(), s.islower(), s.istitle(), s.isprintable())
    print(" ", repr(s.center(15, "*")), repr(s.expandtabs(4)), s.encode("utf-8")[:12], len(s), s[::-2])
