# list.sort with a key that fails part-way leaves a permutation; a key
# returning mixed types fails; sorting tuples with unorderable second
# items only fails when the first items tie.
data = [3, 1, 2]
def key(v):
    if v == 2:
        raise ValueError("bad key")
    return v
try:
    data.sort(key=key)
except ValueError as e:
    print(e, sorted(data))
print(sorted([(1, "a"), (2, None)]))
try:
    sorted([(1, "a"), (1, None)])
except TypeError as e:
    print(e)
try:
    sorted([3, 1], key=lambda v: "s" if v == 3 else 1)
except TypeError as e:
    print(e)
words = ["b", "A", "c", "B", "a"]
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
nums = [5, -3, 2, -8]
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([2, 1, 3], key=None), sorted([[3], [1, 2]], key=len), sorted("bca", reverse=False))
