# Parse CSV-like text by hand (quoted fields included), convert types,
# filter, and re-emit as aligned text and as key=value lines.
raw = '''id,name,price,qty,tags
1,"Widget, large",19.99,3,a;b
2,Gadget,5,10,
3,"Quote ""this""",0.5,0,c
4,Thing,12.25,7,a
'''
def split_csv(line):
    out, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return out
lines = raw.strip().splitlines()
header = split_csv(lines[0])
rows = []
for ln in lines[1:]:
    rec = dict(zip(header, split_csv(ln)))
    rec["id"] = int(rec["id"])
    rec["price"] = float(rec["price"])
    rec["qty"] = int(rec["qty"])
    rec["tags"] = [t for t in rec["tags"].split(";") if t]
    rows.append(rec)
for r in rows:
    print(r)
in_stock = [r for r in rows if r["qty"] > 0]
print([r["name"] for r in in_stock])
print(f"{'name':<16}{'value':>10}")
for r in sorted(in_stock, key=lambda r: r["price"] * r["qty"], reverse=True):
    print(f"{r['name']:<16}{r['price'] * r['qty']:>10.2f}")
print(";".join(f"{r['id']}={r['name']!r}" for r in rows))
