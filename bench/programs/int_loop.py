# Integer arithmetic in a while loop.
try:
    SCALE
except NameError:
    SCALE = 1

n = int(5_000_000 * SCALE)
i = 0
acc = 0
while i < n:
    acc = (acc + i * 7) % 1_000_003
    i += 1
print(acc)
