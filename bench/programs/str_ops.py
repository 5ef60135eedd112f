# String building, split, join, replace and f-strings.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(500_000 * SCALE)
parts = []
for i in range(n):
    parts.append(f"item-{i}:{i * 3 % 17}")
text = ",".join(parts)
fields = text.split(",")
count = 0
for f in fields:
    name, _, value = f.partition(":")
    if value == "5":
        count += 1
replaced = text.replace("item", "it").upper()
words = " ".join(fields[:1000]).split()
print(len(text), count, len(replaced), len(words), replaced[:20])
