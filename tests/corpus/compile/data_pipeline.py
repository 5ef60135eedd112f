# A typical sandboxed script: inputs in, a summary out.
import json
import math
from datetime import date


def parse_rows(text, sep=","):
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, *values = line.split(sep)
        try:
            numbers = [float(v) for v in values if v]
        except ValueError as exc:
            raise ValueError(f"line {lineno}: {exc}") from None
        rows.append({"name": name, "values": numbers})
    return rows


def stats(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / max(n - 1, 1)
    return {"n": n, "mean": mean, "std": math.sqrt(var), "min": min(values), "max": max(values)}


def summarize(rows, *, top=3, key=lambda r: r["stats"].get("mean", 0)):
    for r in rows:
        r["stats"] = stats(r["values"])
    ranked = sorted(rows, key=key, reverse=True)
    return {
        "count": len(rows),
        "top": [r["name"] for r in ranked[:top]],
        "by_name": {r["name"]: r["stats"] for r in rows},
        "generated": str(date.today()),
    }


result = summarize(parse_rows(data), top=limit if limit > 0 else 3)
json.dumps(result, indent=2)
