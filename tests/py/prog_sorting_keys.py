people = [
    {"name": "Ann", "dept": "eng", "salary": 120, "age": 31},
    {"name": "bob", "dept": "ops", "salary": 95, "age": 45},
    {"name": "Cid", "dept": "eng", "salary": 120, "age": 28},
    {"name": "dee", "dept": "ops", "salary": 101, "age": 45},
    {"name": "Eve", "dept": "sec", "salary": 150, "age": 39},
]
print([p["name"] for p in sorted(people, key=lambda p: (-p["salary"], p["name"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
by = sorted(people, key=lambda p: p["age"], reverse=True)
print([(p["name"], p["age"]) for p in by])
stable = sorted(sorted(people, key=lambda p: p["name"]), key=lambda p: p["dept"])
print([f"{p['dept']}:{p['name']}" for p in stable])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n < 0, n)))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted([3.5, 1, True, -2.25]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2, 3], [1, 2]]))
print(max(people, key=lambda p: p["salary"])["name"], min(people, key=lambda p: (p["age"], p["name"]))["name"])
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(sorted(d.values()))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
print(max([], default="none"), min(5, 3, 9), max("abc", "abd", key=lambda s: s[-1]))
ranked = sorted(enumerate([40, 10, 30]), key=lambda t: t[1])
print(ranked, [i for i, _ in ranked])
