# A small recursive pretty-printer built on str methods and format specs.
def pp(v, indent=0):
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f"{pad}  {k!r}: {pp(v[k], indent + 2)}" for k in sorted(v, key=str))
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        open_, close = ("[", "]") if isinstance(v, list) else ("(", ")")
        return open_ + ", ".join(pp(x, indent) for x in v) + close
    if isinstance(v, float):
        return format(v, ".3g")
    return repr(v)

doc = {"name": "monty", "version": (0, 1), "tags": ["fast", "small"], "ratio": 2 / 3,
       "nested": {"z": None, "a": [1.5, {"k": "v"}], "empty": {}}}
print(pp(doc))
print(pp([1, (2, 3.14159), "x"]), pp({}), pp(()))
