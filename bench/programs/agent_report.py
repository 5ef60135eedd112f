# A realistic agent script: records -> group-by -> aggregate -> report.
try:
    SCALE
except NameError:
    SCALE = 1

REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = ["widget", "gadget", "doohickey", "gizmo", "sprocket", "thingamajig"]

n = int(100_000 * SCALE)
records = []
seed = 12345
for i in range(n):
    seed = (seed * 1103515245 + 12345) % 2147483648
    records.append({
        "id": i,
        "region": REGIONS[seed % len(REGIONS)],
        "product": PRODUCTS[(seed >> 8) % len(PRODUCTS)],
        "units": 1 + (seed >> 4) % 20,
        "price": round(5 + ((seed >> 12) % 1000) / 10, 2),
    })

groups = {}
for r in records:
    key = (r["region"], r["product"])
    g = groups.setdefault(key, {"orders": 0, "units": 0, "revenue": 0.0})
    g["orders"] += 1
    g["units"] += r["units"]
    g["revenue"] += r["units"] * r["price"]

lines = []
for (region, product), g in sorted(groups.items(), key=lambda kv: (-kv[1]["revenue"], kv[0])):
    avg = g["revenue"] / g["orders"]
    lines.append(f"{region:<8} {product:<12} {g['orders']:>6} {g['units']:>7} {g['revenue']:>12,.2f} {avg:>8.2f}")
top = max(groups.items(), key=lambda kv: kv[1]["units"])
report = "\n".join(lines)
print(len(report), lines[0], lines[-1], top[0], sep="\n")
