# break and continue inside try, except and finally blocks of loops,
# with for/while else clauses.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("never: loop broke")
n = 0
while n < 3:
    n += 1
    try:
        raise ValueError(n)
    except ValueError as e:
        if n == 2:
            continue
        print("handled", e)
    finally:
        print("cleanup", n)
else:
    print("while else runs")
def find(items, target):
    for idx, it in enumerate(items):
        try:
            if it == target:
                break
        finally:
            pass
    else:
        return -1
    return idx
print(find("abc", "b"), find("abc", "z"))
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            print("inner finally", i, j)
    else:
        print("inner else")
total = 0
for i in range(5):
    try:
        if i % 2:
            raise ZeroDivisionError
        total += i
    except ZeroDivisionError:
        continue
    finally:
        total += 100
print(total)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
print("stopped at", i)
