# A failing assert with a computed message, uncaught.
def mean(xs):
    assert xs, f"mean of empty sequence (got {xs!r})"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([]))
