# Loop idioms: search with else, accumulate, nested break flags, countdown.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
total = 0
n = 0
while total < 100:
    n += 1
    total += n * n
print(n, total)
found = None
for i in range(2, 50):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        if i > 40:
            found = i
            break
print("first prime above 40:", found)
countdown = []
k = 5
while k:
    countdown.append(k)
    k -= 1
print(countdown)
pairs = []
for a in range(4):
    for b in range(a):
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
