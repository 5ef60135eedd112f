# Group records by a key, aggregate (count, sum, mean, min, max), and
# report sorted groups, as LLM-written data code does.
sales = [
    {"region": "north", "rep": "ann", "amount": 120.5},
    {"region": "south", "rep": "bob", "amount": 80.0},
    {"region": "north", "rep": "cid", "amount": 42.25},
    {"region": "east", "rep": "dee", "amount": 300.0},
    {"region": "south", "rep": "eve", "amount": 19.99},
    {"region": "north", "rep": "ann", "amount": 7.75},
]
groups = {}
for row in sales:
    groups.setdefault(row["region"], []).append(row)
summary = []
for region, rows in groups.items():
    amounts = [r["amount"] for r in rows]
    summary.append({
        "region": region,
        "n": len(rows),
        "total": round(sum(amounts), 2),
        "mean": round(sum(amounts) / len(amounts), 3),
        "min": min(amounts),
        "max": max(amounts),
        "reps": sorted({r["rep"] for r in rows}),
    })
for s in sorted(summary, key=lambda s: s["total"], reverse=True):
    print(s)
by_rep = {}
for row in sales:
    by_rep[row["rep"]] = by_rep.get(row["rep"], 0) + row["amount"]
best = max(by_rep, key=by_rep.get)
print(best, by_rep[best], sorted(by_rep.items()))
print(f"grand total: {sum(r['amount'] for r in sales):,.2f}")
