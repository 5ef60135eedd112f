# Exceptions raised and caught in a loop.
try:
    SCALE
except NameError:
    SCALE = 1


def parse(s):
    if not s.isdigit():
        raise ValueError(f"bad value {s!r}")
    return int(s)


n = int(350_000 * SCALE)
ok = 0
bad = 0
for i in range(n):
    token = str(i) if i % 3 else "x" + str(i)
    try:
        ok += parse(token)
    except ValueError as e:
        bad += len(str(e))
    finally:
        ok += 1
try:
    {}["missing"]
except KeyError as e:
    bad += 1
print(ok, bad)
