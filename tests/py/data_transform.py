# The kind of code an LLM writes to transform records.
records = [
    {"name": "alice", "dept": "eng", "salary": 120, "tags": ["a", "b"]},
    {"name": "bob", "dept": "ops", "salary": 90, "tags": []},
    {"name": "carol", "dept": "eng", "salary": 150, "tags": ["b"]},
    {"name": "dan", "dept": "sales", "salary": 80, "tags": ["c", "a"]},
    {"name": "erin", "dept": "ops", "salary": 95, "tags": ["a"]},
]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept)
totals = {}
for r in records:
    totals[r["dept"]] = totals.get(r["dept"], 0) + r["salary"]
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
avg = {d: totals[d] / len(names) for d, names in by_dept.items()}
print({d: round(v, 2) for d, v in avg.items()})
top = max(records, key=lambda r: r["salary"])
print(top["name"], top["salary"])
tag_counts = {}
for r in records:
    for t in r["tags"]:
        tag_counts[t] = tag_counts.get(t, 0) + 1
print(sorted(tag_counts.items()))
rich = [r["name"].title() for r in records if r["salary"] >= 95]
print(", ".join(rich))
table = [f"{r['name']:<6}|{r['dept']:^7}|{r['salary']:>5.1f}" for r in sorted(records, key=lambda r: r["name"])]
print("\n".join(table))
summary = {
    "count": len(records),
    "total": sum(r["salary"] for r in records),
    "depts": sorted({r["dept"] for r in records}),
    "has_tags": all(isinstance(r["tags"], list) for r in records),
}
print(summary)
