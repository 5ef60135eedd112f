# / always gives a float; // and % floor toward negative infinity and
# keep a == (a // b) * b + a % b; big-int division is exact.
for a in [7, -7, 0]:
    for b in [2, -2, 3]:
        print(a, b, a / b, a // b, a % b, (a // b) * b + a % b == a)
print(1 / 3, 10 / 5, -1 / 2, 2 ** 60 / 2 ** 30, 10 ** 30 / 10 ** 10)
print(10 ** 40 // 3, -(10 ** 40) // 3, 10 ** 40 % 7, -(10 ** 40) % 7, 10 ** 40 % -7)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.0 // -2, 2 ** 1000 // 2 ** 999)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__, True / 2, True // 2)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.5 // 0, lambda: 10 ** 50 % 0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(e)
