# Ordering comparison between unrelated types, uncaught.
items = [3, 1, "two"]
print(sorted(items[:2]))
print(sorted(items))
