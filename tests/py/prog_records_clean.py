raw = [
    {"id": "1", "name": " Alice ", "age": "34", "email": "ALICE@Example.com", "tags": "a,b"},
    {"id": "2", "name": "bob", "age": "n/a", "email": "bob@example", "tags": ""},
    {"id": "3", "name": "Carol", "age": "29", "email": None, "tags": "c"},
    {"id": "3", "name": "Carol", "age": "29", "email": None, "tags": "c"},
    {"id": "4", "name": "", "age": "41", "email": "d@x.org", "tags": "a, c ,d"},
]
def clean(rec):
    out = {}
    out["id"] = int(rec["id"])
    name = rec.get("name", "").strip().title()
    out["name"] = name or "<unknown>"
    try:
        out["age"] = int(rec["age"])
    except ValueError as e:
        out["age"] = None
        out["error"] = str(e)
    email = rec.get("email")
    out["email"] = email.lower() if email and "@" in email and "." in email.split("@")[1] else None
    out["tags"] = sorted({t.strip() for t in rec["tags"].split(",") if t.strip()})
    return out
seen = set()
cleaned = []
for r in raw:
    key = tuple(sorted(r.items(), key=lambda kv: kv[0]))
    if key in seen:
        print("duplicate:", r["id"])
        continue
    seen.add(key)
    cleaned.append(clean(r))
for c in cleaned:
    print(c)
ages = [c["age"] for c in cleaned if c["age"] is not None]
print(f"mean age {sum(ages)/len(ages):.2f}, n={len(ages)}")
print({k: [c["id"] for c in cleaned if k in c["tags"]] for k in "abcd"})
print(max(cleaned, key=lambda c: (c["age"] or 0))["name"])
print(repr(cleaned[1].get("error")))
