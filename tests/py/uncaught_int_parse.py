# int() on a non-numeric string, uncaught, after partial output.
values = ["10", "20", "thirty", "40"]
total = 0
for v in values:
    total += int(v)
    print(total)
