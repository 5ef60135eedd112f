log = """2024-05-01 12:00:01 INFO  server: started port=8080 workers=4
2024-05-01 12:00:05 WARN  db: slow query ms=1234 table=users
2024-05-01 12:01:00 ERROR api: timeout path=/v1/items code=504
malformed line here
2024-05-01 12:02:30 INFO  api: request path=/v1/items code=200 ms=12
2024-05-01 12:03:00 ERROR db: deadlock table=orders
"""
entries = []
bad = 0
for lineno, line in enumerate(log.splitlines(), 1):
    parts = line.split(None, 3)
    if len(parts) < 4 or parts[2] not in ("INFO", "WARN", "ERROR"):
        bad += 1
        print(f"line {lineno}: cannot parse {line!r}")
        continue
    date, time, level, rest = parts
    source, _, msg = rest.partition(": ")
    fields = {}
    words = []
    for w in msg.split():
        k, sep, v = w.partition("=")
        if sep:
            fields[k] = int(v) if v.isdigit() else v
        else:
            words.append(w)
    entries.append({"ts": f"{date}T{time}", "level": level, "src": source, "msg": " ".join(words), **fields})
for e in entries:
    print(e)
counts = {}
for e in entries:
    counts[e["level"]] = counts.get(e["level"], 0) + 1
print(counts, "bad:", bad)
print([e["src"].upper().center(7, "*") for e in entries if e["level"] == "ERROR"])
print(sum(e.get("ms", 0) for e in entries))
h, m, s = map(int, entries[-1]["ts"].split("T")[1].split(":"))
print(h * 3600 + m * 60 + s)
print("path=/v1/items".rpartition("/"), "a.b.c".rsplit(".", 1), "  x ".lstrip(), "xxhixx".strip("x"))
print("Hello World".swapcase(), "hello world".capitalize(), "tab\tsep".expandtabs(4))
print("abc".zfill(6), "-12".zfill(6), "a-b_c d".replace("-", " ").replace("_", " ").split())
print("%s has %d items costing %.2f (%r)" % ("cart", 3, 12.5, "x"))
print("{0}-{1}-{0} {name:>6}".format("a", "b", name="nm"))
