# Exceptions, context managers, loops with else, unpacking, walrus.
class_names = []


def risky(x):
    if x % 3 == 0:
        raise ValueError(x)
    if x % 5 == 0:
        raise KeyError(x)
    return x


def process(items):
    ok, bad = [], {}
    for item in items:
        try:
            value = risky(item)
        except ValueError as e:
            bad[item] = f"value: {e!r}"
            continue
        except (KeyError, IndexError):
            bad[item] = "key"
        else:
            ok.append(value)
        finally:
            class_names.append(type(item).__name__)
    else:
        done = True
    return ok, bad, done


def first_match(pairs, target):
    for i, (a, b) in enumerate(pairs):
        if (total := a + b) == target:
            break
    else:
        return None
    return i, total


def nested_cleanup(paths):
    out = []
    for p in paths:
        with open(p) as f, open(p + ".bak", "w") as g:
            while chunk := f.read(1024):
                if not chunk.strip():
                    continue
                g.write(chunk)
                out.append(len(chunk))
                if len(out) > 10:
                    return out
    return out


x, *rest = process(range(20))
y = first_match([(1, 2), (3, 4), (5, 6)], 7)
del rest
z = [i for i in range(10) if i % 2 if i > 3]
w = {k: v for k, v in zip("abc", range(3))}
s = {c.upper() for c in "hello"}
g = (n * n for n in range(5))
chained = 0 < len(z) <= 10 != 11
(x, y, chained, sum(g), w, s)
