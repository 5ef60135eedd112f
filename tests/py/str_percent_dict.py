# %-formatting with mappings and * widths.
rec = {"name": "Widget", "qty": 7, "price": 3.5, "tags": ["a", "b"]}
print("%(name)s x%(qty)d @ %(price).2f = %(total)s" % dict(rec, total=rec["qty"] * rec["price"]))
print("%(tags)r %(name)-10s| %(qty)05d" % rec)
for width in [3, 8]:
    print("[%*s] [%-*s] [%*.*f]" % (width, "ab", width, "ab", width, 2, 3.14159))
print("%s %s" % ("only", "two"), "%c" % "x", "%.1s" % "xyz", "%%d", "100%%" % ())
