# f-strings with conversions and the format mini-language.
x, y, name = 42, 3.14159, "Ada"
print(f"{x} {y} {name}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{-x:+}|{x: }")
print(f"{y:.2f}|{y:10.3f}|{y:<10.1f}|{y:e}|{y:.3e}|{y:g}|{y:%}|{y:.0%}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{255:x}|{255:X}|{255:#x}|{255:o}|{255:b}|{255:#010b}")
print(f"{name:>10}|{name:*^9}|{name:.2}|{name!r:>8}")
print(f"{'é':^5}|{65:c}|{True}|{None}|{[1, 2]}|{(1,)}")
print(f"{x=}, {y=:.1f}")
print(f"{{literal}} {x}{{}}")
w = 8
print(f"{x:>{w}}|{y:.{2}f}")
print(f"{-0.0:z.1f} {0.0001:g} {1e20:.3g} {123.456:G} {1.5:n}")
print(f"{10**30:e}")
try:
    print(f"{x:.2d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{None:5}")
except TypeError as e:
    print("TypeError:", e)
