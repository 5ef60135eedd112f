# str.format with a missing keyword: KeyError escapes.
template = "{name} is {age}"
print(template.format(name="Ann", age=5))
print(template.format(name="Bob"))
