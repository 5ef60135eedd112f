# if/elif/else, while/else, for/else, break and continue.
for n in range(6):
    if n == 0:
        print("zero")
    elif n % 2:
        print(n, "odd")
    else:
        print(n, "even")
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 6:
        break
    print("while", i)
else:
    print("not reached")
for x in []:
    pass
else:
    print("for-else on empty")
for x in range(3):
    if x == 5:
        break
else:
    print("no break")
n = 0
while True:
    n += 1
    if n > 4:
        break
print("n =", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
x = 7
print("big" if x > 5 else "small", "yes" if not x else "no")
print(0 or "default", "" and "x", 5 and 6, None or 0 or [], 1 and 2 and 3)
k = 10
while k:
    k //= 2
print(k)
