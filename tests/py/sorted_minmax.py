# sorted/min/max with key functions (Python callables run by the VM,
# resumable), reverse, stability.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower() if False else w[::-1]))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(min(words, key=len), max(words, key=len), min(pairs, key=lambda p: p[1]), max(3, 7, 5, key=lambda v: -v))
print(max([], key=len, default="none"), min([4], key=lambda v: v))
data = list(range(50))
print(sorted(data, key=lambda v: (v % 7, -v))[:10])
print(sorted([3.5, 1, 2.25, -1]), sorted([[2, 1], [1, 2], [1]]), sorted((5, 3, 4)))
def key_fails(v):
    if v == 3:
        raise ValueError("no threes")
    return v
try:
    sorted([1, 2, 3], key=key_fails)
except ValueError as e:
    print("key raised", e)
print(sorted(range(10), key=lambda v: v % 3))
print(sorted({3: 'a', 1: 'b'}), sorted("hello"), sorted([True, False, 0, 1]))
print(sorted(map(lambda x: -x, range(5))), max(map(len, words)), min(x * x for x in range(-3, 3)))
