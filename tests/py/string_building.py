# Building strings: join, f-strings, concatenation, formatting numbers.
parts = []
for i in range(5):
    parts.append(f"{i}:{i * i:>3}")
print("|".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("banana", 7, 0.1)]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>4}{price:>8.2f}{qty * price:>8.3f}")
print(f"{'total':<8}{sum(q for _, q, _ in rows):>4}")
print("-" * 20, "=" * 3 + ">", "ab" * 3)
print(", ".join(str(x) for x in range(5)), "".join(map(str, [1, 2, 3])))
print(f"{3.14159:.3f} {2 ** 0.5:.10f} {1 / 3:.1%} {1234567.891:,.1f} {42:08b} {255:#06x}")
print("{} + {} = {}".format(1, 2, 3), "{name}!".format(name="hi"), "%s=%d" % ("x", 5), "%.2f%%" % 12.345)
lines = ["first", "second", "third"]
print("\n".join(f"{i + 1}. {line}" for i, line in enumerate(lines)))
