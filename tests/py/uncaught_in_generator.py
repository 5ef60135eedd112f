# An exception raised inside a generator body, uncaught, surfaces from
# the consuming loop.
def parse(lines):
    for ln in lines:
        yield int(ln)
total = 0
for n in parse(["1", "2", "x3"]):
    total += n
    print("running total", total)
