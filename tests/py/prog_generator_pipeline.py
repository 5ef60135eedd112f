def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#", 1)[0].rstrip()
        if l:
            yield l
def parse_kv(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()
def typed(pairs):
    for k, v in pairs:
        if v.lower() in ("true", "false"):
            yield k, v.lower() == "true"
        elif v.lstrip("-").isdigit():
            yield k, int(v)
        else:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v.strip('"')
cfg = """
# config
host = "example.org"
port = 8080   # default
debug = True
ratio = 0.75
neg = -3
name = plain text
"""
conf = dict(typed(parse_kv(strip_comments(read_lines(cfg)))))
print(conf)
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(list(chunks(range(10), 3)))
def window(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print([sum(w) / len(w) for w in window([1, 2, 3, 4, 5, 6], 3)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (x * x for x in naturals())
evens = filter(lambda x: x % 2 == 0, squares)
print(list(take(6, evens)))
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in "the quick brown fox".split()))
print(sorted((x % 5 for x in range(12)), reverse=True), sorted(set(c for c in "mississippi")))
print(",".join(str(i) for i in range(5)), tuple(x for x in "abc"), frozenset(x for x in [1, 1, 2]))
print(any(x > 3 for x in [1, 5]), all(x for x in []), min((len(s), s) for s in ["bb", "a", "ccc"]))
print(dict((k, v) for k, v in zip("ab", range(2))), list(enumerate(x for x in "xy")), list(zip((i for i in range(3)), "abc")))
print(list(map(lambda p: p[0] * p[1], zip(range(4), (i + 1 for i in range(4))))))
def yf():
    r = yield from inner()
    yield f"inner returned {r}"
def inner():
    yield 1
    yield 2
    return "done"
print(list(yf()))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
