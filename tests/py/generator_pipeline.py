# A lazy processing pipeline of chained generators, consumed partially
# and fully; each stage runs only as far as needed.
log = []
def read(lines):
    for ln in lines:
        log.append("read " + ln)
        yield ln
def parse(rows):
    for r in rows:
        name, _, value = r.partition("=")
        yield name.strip(), int(value)
def only_even(pairs):
    for name, v in pairs:
        if v % 2 == 0:
            yield name, v
src = ["a = 1", "b = 2", "c = 4", "d = 5", "e = 6"]
pipe = only_even(parse(read(src)))
print(next(pipe), log)
print(list(pipe), len(log))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(take(5, squares), take(3, squares))
def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunked("abcdefg", 3)), [sum(c) for c in chunked(list(range(10)), 4)])
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
