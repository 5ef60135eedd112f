# An invalid format spec in an f-string.
value = 42
print(f"{value:>5}")
print(f"{value:q}")
