# An LRU cache built on dict insertion order (pop and re-insert to mark
# use), plus a memoizing decorator using it, with hit/miss counters.
def lru(capacity):
    store = {}
    stats = {"hits": 0, "misses": 0, "evictions": 0}
    def get(key):
        if key in store:
            stats["hits"] += 1
            value = store.pop(key)
            store[key] = value
            return value
        stats["misses"] += 1
        return None
    def put(key, value):
        if key in store:
            store.pop(key)
        elif len(store) >= capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats["evictions"] += 1
        store[key] = value
    return get, put, store, stats
get, put, store, stats = lru(3)
for k in "abc":
    put(k, k.upper())
print(get("a"), list(store))
put("d", "D")
print(list(store), get("b"), get("c"))
put("a", "AA")
put("e", "E")
print(list(store.items()), stats)
def memo(capacity):
    def deco(fn):
        get, put, store, stats = lru(capacity)
        def wrapper(n):
            v = get(n)
            if v is None:
                v = fn(n)
                put(n, v)
            return v
        return wrapper, stats
    return deco
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, fstats = memo(100)(slow_fib)
print(fib(90), fstats)
