# enumerate with start (also negative and big), zip of unequal lengths,
# zip(strict=True) and its three error messages.
print(list(enumerate("abc")), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
print(list(enumerate("x", 10 ** 20)))
e = enumerate("pq")
print(next(e), list(e), type(e).__name__)
print(list(zip("abc", [1, 2])), list(zip("a")), list(zip()), list(zip([], "xyz")))
print(list(zip(range(3), "abc", [True, False, None])))
print(list(zip("ab", "cd", strict=True)), dict(zip("kv", [1, 2])))
for args in [("ab", "c"), ("a", "bc"), ("ab", "ab", "a"), ("ab", "ab", "abc")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as err:
    print("lazy:", err)
rows = [(1, "a"), (2, "b")]
nums, letters = zip(*rows)
print(nums, letters)
for bad in [lambda: enumerate(5), lambda: zip("a", 1), lambda: enumerate("a", "b"), lambda: zip("a", bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
