def stats(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / max(n - 1, 1)
    return {"n": n, "mean": mean, "std": math.sqrt(var), "min": min(values), "max": max(values)}
