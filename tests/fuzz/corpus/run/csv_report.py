# Parsing CSV-ish text and printing an aligned report.
data = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.75
east,widget,20,2.25
south,widget,5,2.50"""
lines = data.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["total"] = r["units"] * r["price"]
by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r)
print("{:<8}{:>8}{:>10}".format("region", "units", "total"))
print("-" * 26)
for region in sorted(by_region):
    rs = by_region[region]
    print("{:<8}{:>8}{:>10.2f}".format(region.title(), sum(r["units"] for r in rs), sum(r["total"] for r in rs)))
best = max(rows, key=lambda r: r["total"])
print("best: %(region)s/%(product)s %(total).2f" % best)
print(", ".join(sorted({r["product"] for r in rows})).upper().center(30, "="))
