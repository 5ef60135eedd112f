templates = {
    "welcome": "Hello {name}, you have {count} new message{plural}.",
    "invoice": "Invoice #{id:05d}: {amount:>10,.2f} {currency} due {due}",
    "broken": "Dear {name}, your {item} ships {when}",
}
def render(key, **ctx):
    tpl = templates[key]
    try:
        return tpl.format(**ctx)
    except KeyError as e:
        return f"<missing {e.args[0]!r} in {key!r}>"
    except (ValueError, TypeError) as e:
        return f"<bad value in {key!r}: {e}>"
print(render("welcome", name="Ann", count=1, plural=""))
print(render("welcome", name="Bob", count=3, plural="s"))
print(render("invoice", id=42, amount=1234567.891, currency="EUR", due="2024-06-01"))
print(render("invoice", id="x", amount=1, currency="", due=""))
print(render("broken", name="Cy", item="lamp"))
print("{name} is {age}".format_map({"name": "Dee", "age": 7}))
def fill(tpl, values):
    out, i = [], 0
    while i < len(tpl):
        start = tpl.find("${", i)
        if start < 0:
            out.append(tpl[i:]); break
        end = tpl.find("}", start)
        if end < 0:
            raise ValueError(f"unclosed placeholder at {start}")
        out.append(tpl[i:start])
        key, _, default = tpl[start + 2:end].partition(":-")
        out.append(str(values.get(key, default if _ else f"${{{key}}}")))
        i = end + 1
    return "".join(out)
env = {"HOME": "/home/u", "N": 3}
for t in ["${HOME}/bin", "n=${N} m=${M:-0} x=${X}", "plain", "bad ${oops"]:
    try:
        print(repr(fill(t, env)))
    except ValueError as e:
        print("ValueError:", e)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
w = max(len(r[0]) for r in rows)
print(f"{'item':<{w}} | {'qty':>5} | {'each':>6} | {'total':>7}")
print(f"{'':-<{w}}-+-{'':->5}-+-{'':->6}-+-{'':->7}")
for name, q, p in rows:
    print(f"{name:<{w}} | {q:>5d} | {p:>6.2f} | {q * p:>7.2f}")
print(f"{'TOTAL':<{w}} | {sum(r[1] for r in rows):>5d} | {'':>6} | {sum(r[1] * r[2] for r in rows):>7.2f}")
md = "\n".join(["| " + " | ".join(map(str, r)) + " |" for r in [("a", "b"), (1, 2)]])
print(md)
print("{:=^30}".format(" REPORT "), "{0:>{1}}".format("r", 4), "{:.{}}".format("truncate", 3))
print(render("invoice", id=1, amount="x", currency="", due=""))
templates["welcome"].format(name="x")
