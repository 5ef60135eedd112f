# Assorted str methods used together, as data-cleaning code does.
raw = "  Name: Alice ; Age: 30 ;City:  Paris  "
fields = {}
for part in raw.split(";"):
    k, _, v = part.partition(":")
    fields[k.strip().lower()] = v.strip()
print(fields)
csv = "id,name,score\n1,ann,9.5\n2,bob,7.25\n"
rows = [line.split(",") for line in csv.strip().splitlines()]
header, data = rows[0], rows[1:]
for r in data:
    print(" | ".join(f"{h}={v}" for h, v in zip(header, r)))
print(sum(float(r[2]) for r in data), max(data, key=lambda r: float(r[2]))[1].title())
word = "Mississippi"
print({c: word.count(c) for c in sorted(set(word.lower()))})
print(word.lower().replace("ss", "SS").swapcase().zfill(15), word[::-1].capitalize())
print("%-10s|%5.1f" % ("total", 16.75), "{:>10}|{:<5}|".format("right", "left"))
