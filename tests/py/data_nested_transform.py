# Walk nested dict/list data (JSON-like): flatten to dotted paths,
# collect values by type, and rebuild a filtered copy.
doc = {
    "user": {"name": "ada", "langs": ["py", "c"], "age": 36, "active": True},
    "items": [{"sku": "a1", "qty": 2}, {"sku": "b2", "qty": 0, "note": None}],
    "meta": {"version": 3.1, "tags": []},
}
def flatten(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from_pairs(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from_pairs(flatten(v, f"{prefix}[{i}]"))
    else:
        yield [(prefix, node)]
def from_pairs(gen):
    out = []
    for chunk in gen:
        out.extend(chunk)
    return out
flat = from_pairs(flatten(doc))
for path, value in flat:
    print(f"{path} = {value!r}")
by_type = {}
for _, v in flat:
    by_type.setdefault(type(v).__name__, 0)
    by_type[type(v).__name__] += 1
print(by_type)
def prune(node):
    if isinstance(node, dict):
        return {k: prune(v) for k, v in node.items() if v not in (None, [], {}, 0)}
    if isinstance(node, list):
        return [prune(v) for v in node]
    return node
print(prune(doc))
