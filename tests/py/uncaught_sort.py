# Sorting mixed types: the comparison's TypeError escapes.
items = [3, 1, "two", 2]
items.sort()
