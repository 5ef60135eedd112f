# str.join of a non-str item.
parts = ["a", "b", 3]
print("-".join(parts[:2]))
print("-".join(parts))
