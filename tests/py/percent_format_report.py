# A small report formatted with %-formatting: widths, precision, dict
# keys, %% and tuple-vs-single argument rules.
rows = [("widget", 3, 4.5), ("gadget", 12, 19.99), ("thingamajig", 1, 1234.5)]
print("%-12s %5s %10s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-12.12s %5d %10.2f" % (name, qty, price))
total = sum(q * p for _, q, p in rows)
print("%-12s %5d %10.2f" % ("total", sum(q for _, q, _ in rows), total))
print("%(item)s x%(qty)03d" % {"item": "bolt", "qty": 7})
print("share: %.1f%%" % (100 * 4.5 / total))
print("%s" % "single", "%s" % ("tuple one",), "%s and %s" % ("a", "b"), "%r" % [None])
print("%x|%X|%o|%e|%g" % (3054, 3054, 8, 0.000123, 123456789.0))
print("%5.1s|%-6r|%+.3d" % ("xyz", "q", 7))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", 1), ("%", ()),
                  ("%(k)s", {}), ("%c", "ab"), ("%c", 1114112), ("%.2f", "1")]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
