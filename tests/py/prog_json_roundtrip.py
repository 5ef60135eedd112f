def to_json(v, indent=0, step=2):
    pad = " " * (indent + step)
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v: raise ValueError("NaN is not JSON")
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e: out.append(f"\\u{ord(ch):04x}")
            else: out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, (list, tuple)):
        if not v: return "[]"
        return "[\n" + ",\n".join(pad + to_json(x, indent + step) for x in v) + "\n" + " " * indent + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        items = []
        for k in sorted(v, key=str):
            if not isinstance(k, str): raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{pad}{to_json(k)}: {to_json(v[k], indent + step)}")
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
doc = {"name": "caf\u00e9 \"x\"", "n": [1, 2.5, -3e-7, True, None], "nested": {"a": [], "b": {}, "c": ["x\ny"]}, "big": 2 ** 70}
print(to_json(doc))
for bad in [{1: 2}, {"s": {1, 2}}, [float("nan")]]:
    try:
        to_json(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def parse_json(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r": pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                ws(); k = value(); ws()
                if s[pos] != ":": raise ValueError(f"expected ':' at {pos}")
                pos += 1; out[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                if s[pos] == "}": pos += 1; return out
                raise ValueError(f"expected ',' or '}}' at {pos}")
        if c == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                if s[pos] == "]": pos += 1; return out
                raise ValueError(f"expected ',' or ']' at {pos}")
        if c == '"':
            end = s.index('"', pos + 1)
            r = s[pos + 1:end]; pos = end + 1; return r
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos): pos += len(lit); return val
        start = pos
        while pos < len(s) and (s[pos].isdigit() or s[pos] in "+-.eE"): pos += 1
        num = s[start:pos]
        if not num: raise ValueError(f"unexpected {c!r} at {pos}")
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value(); ws()
    if pos != len(s): raise ValueError(f"extra data at {pos}")
    return v
print(parse_json('{"a": [1, 2.5, {"b": null}], "c": true, "d": "txt", "e": -12e2}'))
for bad in ['{"a" 1}', '[1 2]', '[1] x', '@']:
    try:
        parse_json(bad)
    except ValueError as e:
        print("ValueError:", e)
