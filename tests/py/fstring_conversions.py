# f-string conversions !r !s !a, nested quotes, expressions, and
# format specs applied after conversion.
name = "Zoë"
items = [1, "two", 3.0]
print(f"{name!r} {name!s} {name!a}")
print(f"{items!r} {items} {items!a}")
print(f"{name!r:>10}|{name!s:_<6}|{name!a:^12}|")
print(f"{'quoted'!r} {'dq' if False else 'sq'}")
print(f"{3 + 4} {len(items)} {items[1].upper()} {2 ** 10:,}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"{'nested {braces}'}")
print(f"{1.0!r} {None!r} {True!s} {b'raw'!r}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{'x':{'^'}{width}}|")
print(f"a" f"b" "c" f"{1}")
print(f"{12:{'>'}5d}", f"{name}"[1:], f"{{{name}}}")
