# partition with an empty separator.
print("a-b".partition("-"))
print("a-b".partition(""))
