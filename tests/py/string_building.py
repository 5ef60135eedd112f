# Building strings: join vs +=, f-strings in loops, list-of-lines
# assembly, padding tables, and repr-based serialisation.
parts = []
for i in range(1, 11):
    parts.append(f"{i}:{i * i}")
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.rstrip()))
table = [("id", "name", "score"), (1, "ann", 9.5), (22, "bartholomew", 10.0), (333, "cy", 7.25)]
widths = [max(len(str(row[c])) for row in table) for c in range(3)]
for row in table:
    print(" | ".join(str(v).ljust(w) if isinstance(v, str) else str(v).rjust(w) for v, w in zip(row, widths)))
print("-+-".join("-" * w for w in widths))
lines = ["header"]
lines += [f"  item {n:02d}" for n in range(3)]
lines.append("footer")
print("\n".join(lines))
def to_source(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        inner = ",\n".join(f"{pad}  {k!r}: {to_source(v, indent + 1).lstrip()}" for k, v in value.items())
        return pad + "{\n" + inner + "\n" + pad + "}"
    return pad + repr(value)
print(to_source({"a": 1, "b": {"c": [1, 2], "d": "x"}}))
print("".join(chr(ord("a") + i) for i in range(26))[::5], "-" * 20, "=" * 0 + "|")
print(" ".join(str(n) for n in range(20) if n % 3 == 0), "%s" % "/".join(["usr", "local", "bin"]))
