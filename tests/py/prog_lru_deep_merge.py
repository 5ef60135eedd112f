class_name = None
def make_lru(capacity):
    store = {}
    stats = {"hits": 0, "misses": 0, "evictions": 0}
    def get(key, default=None):
        if key in store:
            stats["hits"] += 1
            store[key] = store.pop(key)
            return store[key]
        stats["misses"] += 1
        return default
    def put(key, value):
        if key in store:
            del store[key]
        elif len(store) >= capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats["evictions"] += 1
        store[key] = value
    return get, put, store, stats
get, put, store, stats = make_lru(3)
for k in "abcadeab":
    if get(k) is None:
        put(k, k.upper() * 2)
print(list(store.items()), stats)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out
base = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "tags": ["a"], "debug": False}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 3}}, "tags": ["a", "b"], "name": "svc"}
merged = deep_merge(base, override)
print(merged)
print(base["db"]["port"], base["tags"])
def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.lstrip("-").isdigit() and -len(cur) <= int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return default
    return cur
print(get_path(merged, "db.opts.timeout"), get_path(merged, "tags.1"), get_path(merged, "tags.-1"), get_path(merged, "db.x.y", "?"))
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict) and v:
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items
flat = flatten(merged)
for k in sorted(flat):
    print(f"{k:<16} = {flat[k]!r}")
def unflatten(flat):
    out = {}
    for k, v in flat.items():
        cur = out
        *parents, last = k.split(".")
        for p in parents:
            cur = cur.setdefault(p, {})
        cur[last] = v
    return out
print(unflatten(flat) == merged)
pages = [list(range(i, min(i + 4, 10))) for i in range(0, 10, 4)]
print(pages, [f"page {i + 1}/{len(pages)}: {len(p)} items" for i, p in enumerate(pages)])
first, *middle, last = range(6)
(a, b), c = (1, 2), 3
print(first, middle, last, a, b, c, [*"ab", *range(2)], {**{"x": 1}, "y": 2})
