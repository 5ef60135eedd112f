# str % with too few arguments.
row = "%s: %d (%s)"
print(row % ("a", 1, "x"))
print(row % ("b", 2))
