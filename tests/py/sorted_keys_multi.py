# Sorting by tuple keys, several passes (stability), and reverse.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_age_then_city])
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([3.5, 1, 2.25, True, -1]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")], reverse=True))
