csv_text = """id,name,dept,salary,start
1,Ann Lee,Engineering,120000,2019-03-01
2,Bob Stone,Sales,65000,2021-07-15
3,Cid Moss,Engineering,,2020-01-10
4,Dee Park,Support,52000,2018-11-30
5,Eve Hart,Sales,71000,not-a-date
"""
header, *rows = [line.split(",") for line in csv_text.strip().splitlines()]
records, problems = [], []
for lineno, row in enumerate(rows, 2):
    rec = dict(zip(header, row))
    try:
        rec["id"] = int(rec["id"])
        rec["salary"] = int(rec["salary"]) if rec["salary"] else None
        y, m, d = rec["start"].split("-")
        rec["start"] = (int(y), int(m), int(d))
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
        continue
    records.append(rec)
print(len(records), "ok;", *problems, sep="\n")
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
print(f"{'dept':<12}{'people':>7}{'payroll':>12}{'avg':>10}")
for dept, people in sorted(by_dept.items()):
    paid = [p["salary"] for p in people if p["salary"] is not None]
    avg = sum(paid) / len(paid) if paid else float("nan")
    print(f"{dept:<12}{len(people):>7}{sum(paid):>12,}{avg:>10.1f}")
senior = [r["name"].split()[0] for r in records if r["start"] < (2020, 1, 1)]
print("senior:", senior)
out_lines = [",".join(header)]
for r in sorted(records, key=lambda r: (r["dept"], -(r["salary"] or 0))):
    y, m, d = r["start"]
    out_lines.append(",".join([str(r["id"]), r["name"], r["dept"], "" if r["salary"] is None else str(r["salary"]), f"{y:04d}-{m:02d}-{d:02d}"]))
print("\n".join(out_lines))
initials = {r["id"]: "".join(part[0] for part in r["name"].split()) for r in records}
print(initials)
raise_pct = {"Engineering": 0.05, "Sales": 0.03}
for r in records:
    if r["salary"]:
        r["salary"] = round(r["salary"] * (1 + raise_pct.get(r["dept"], 0)))
print([(r["name"], r["salary"]) for r in records])
missing = [r["name"] for r in records if r["salary"] is None]
assert not missing, f"salary missing for: {', '.join(missing)}"
