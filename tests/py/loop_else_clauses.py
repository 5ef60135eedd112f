# for/else and while/else: else runs when the loop ends without break,
# including loops that never run; break in nested loops only affects
# the inner one.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)
while False:
    pass
else:
    print("while else on a false condition")
for x in range(3):
    for y in range(3):
        if y == x:
            break
    else:
        print("never printed")
    print("outer", x, "inner stopped at", y)
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))
for i in range(3):
    if i == 1:
        continue
    print("continue skips", i)
else:
    print("else still runs after continue")
