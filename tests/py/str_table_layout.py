# Aligned text tables with ljust/rjust/center and format specs.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.125), ("kiwi", 7, 3.0)]
w = max(len(r[0]) for r in rows)
print("item".ljust(w), "qty".rjust(5), "price".rjust(8), "|", "total".center(10))
print("=" * (w + 28))
for name, qty, price in rows:
    print(name.ljust(w, "."), str(qty).rjust(5), ("%.2f" % price).rjust(8), "|", format(qty * price, "^10.3f"))
print(f"{'sum':>{w}}", f"{sum(r[1] for r in rows):5d}", " " * 8, "|", f"{sum(r[1] * r[2] for r in rows):^10.1f}")
