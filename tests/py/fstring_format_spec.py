# f-strings with format specs: nested replacement fields in the spec,
# = debugging with specs and conversions, and spec errors.
value, width, precision, align, fill = 3.14159265, 12, 3, ">", "~"
print(f"[{value:{width}.{precision}f}]", f"[{value:{fill}{align}{width}.{precision}}]", f"[{value:{'^'}{width}}]")
print(f"[{'text':{fill}^{width}}]", f"[{12345:{','}}]", f"[{255:#0{width}x}]", f"[{-7:{'+'}0{5}d}]")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d} | {price * qty:>8,.2f}")
x, name = 42, "Ada"
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x=!r}", f"{name=}", f"{name=!s}", f"{name=:*^9}", f"{x*2=}")
print(f"{x:b} {x:o} {x:x} {x:X} {x:#b} {x:c} {x:e} {x:%} {x:,} {x:_b}")
print(f"{1e-7:g} {1e-7:.2e} {123456789.123:,.1f} {0.5:.0%} {-0.0:z.1f} {float('inf'):>6}")
for spec in ["d", ".2f", "x", "s", "=10", ",.2s"]:
    for v in [3.5, "s", 7]:
        try:
            print(spec, repr(v), f"{v:{spec}}")
        except (ValueError, TypeError) as e:
            print(spec, repr(v), type(e).__name__, e)
