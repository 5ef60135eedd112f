# UnicodeDecodeError escaping from nested calls.
def load(raw):
    return raw.decode("utf-8")

def parse(raw):
    return load(raw).split(",")

print(parse(b"a,b"))
print(parse(b"a,\xff"))
