# Template filling with replace/format/% and a tiny escaper.
def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

rows = [("a<b", 1), ('say "hi"', 22), ("R&D", 333)]
html = "".join('<tr><td>%s</td><td align="right">%5d</td></tr>\n' % (escape(n), v) for n, v in rows)
print(html, end="")
tpl = "Dear {name}, your total is {total:,.2f} ({count} items)."
print(tpl.format(name="Ann", total=12345.678, count=3))
print("$name owes $amount".replace("$name", "Bob").replace("$amount", format(7.5, ".2f")))
