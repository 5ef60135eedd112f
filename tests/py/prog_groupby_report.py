sales = [
    ("2024-01-03", "north", "widget", 3, 9.99),
    ("2024-01-05", "south", "gadget", 1, 24.5),
    ("2024-02-11", "north", "gadget", 2, 24.5),
    ("2024-02-12", "east", "widget", 10, 9.49),
    ("2024-03-01", "south", "widget", 7, 9.99),
    ("2024-03-15", "north", "doohickey", 1, 120.0),
    ("2024-03-20", "east", "gadget", 4, 23.0),
]
by_region = {}
by_month = {}
for date, region, item, qty, price in sales:
    total = qty * price
    by_region.setdefault(region, []).append(total)
    month = date[:7]
    by_month[month] = by_month.get(month, 0) + total
print(f"{'region':<10}|{'n':>3}|{'total':>10}|{'avg':>8}")
print("-" * 34)
for region in sorted(by_region, key=lambda r: -sum(by_region[r])):
    vals = by_region[region]
    print(f"{region:<10}|{len(vals):>3}|{sum(vals):>10,.2f}|{sum(vals)/len(vals):>8.3f}")
print("=" * 34)
grand = sum(by_month.values())
for m, v in sorted(by_month.items()):
    bar = "#" * int(v / grand * 40)
    print(f"{m} {v:9.2f} {v/grand:6.1%} {bar}")
print(f"{grand:_.1f} {grand:e} {grand:g} {int(grand):#x} {int(grand):08b}")
items = {}
for _, _, item, qty, _ in sales:
    items[item] = items.get(item, 0) + qty
top = sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))
print(", ".join(f"{k}={v}" for k, v in top))
print(f"{'centered':^20}|{3.14159:+.2f}|{-42:+05d}|{'x'!r:>5}")
