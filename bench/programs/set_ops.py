# Set construction, membership and algebra.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(900_000 * SCALE)
a = set(range(0, n, 2))
b = {i for i in range(0, n, 3)}
inter = a & b
union = a | b
diff = a - b
sym = a ^ b
member = 0
for i in range(n):
    if i in a and i not in b:
        member += 1
print(len(inter), len(union), len(diff), len(sym), member)
