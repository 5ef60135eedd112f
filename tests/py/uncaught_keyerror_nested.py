# KeyError from nested dict access inside a function, uncaught.
def lookup(data, *path):
    node = data
    for key in path:
        node = node[key]
    return node
data = {"a": {"b": {"c": 42}}}
print(lookup(data, "a", "b", "c"))
print(lookup(data, "a", "x", "c"))
