# Errors raised inside comprehensions, lambdas and generator
# expressions propagate to the caller like any call.
def parse_all(items):
    return [int(s) for s in items]
print(parse_all(["1", "2"]))
try:
    parse_all(["3", "four"])
except ValueError as e:
    print("caught:", e)
scale = lambda xs, k: [x / k for x in xs]
print(scale([1, 2], 2))
total = sum(len(x) for x in ["ab", "cde"])
print(total)
print(sum(len(x) for x in ["ab", None, "c"]))
