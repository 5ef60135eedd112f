# An exception leaving several frames, raised while handling another.
def load(key):
    data = {"a": 1}
    return data[key]
def process(keys):
    out = []
    for k in keys:
        try:
            out.append(load(k))
        except KeyError:
            out.append(int(k))
    return out
print(process(["a"]))
print(process(["a", "b"]))
