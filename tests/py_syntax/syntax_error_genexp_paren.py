# A bare generator expression must be the only argument.
print(x for x in range(3), 1)
