# Builtins and methods that consume iterables, given generators and map/filter
# with Python functions (iterators only the VM can advance).
def gen(items):
    for x in items:
        yield x
print(",".join(str(x) for x in range(3)), tuple(x for x in "abc"), frozenset(gen([1, 1, 2])))
print(sorted(gen("cab")), sorted(gen([3, 1, 2]), key=lambda v: -v), min(gen([3, 1])), max(gen([3, 1]), key=str))
print(sum(gen([1, 2, 3])), sum((x / 2 for x in range(4)), 10), any(x > 2 for x in gen([1, 3])), all(gen([1, 0])))
print(list(enumerate(gen("ab"), 1)), list(zip(gen([1, 2]), map(lambda c: c * 2, "ab"))))
print(list(map(lambda a, b: a + b, gen([1, 2]), gen([10, 20]))), list(filter(lambda v: v % 2, gen(range(6)))))
print(dict.fromkeys(gen("ab"), 0), dict((k, len(k)) for k in ["x", "yy"]), bytes(gen([104, 105])))
print(set(gen([3, 3, 4])) - set(x for x in [4]), {1, 2}.union(gen([5]), map(lambda v: -v, [1])))
s = {1, 2, 3}
s.intersection_update(x for x in [2, 3, 4])
s.symmetric_difference_update(gen([3, 9]))
s.update(map(lambda v: v * 10, [1, 2]))
s.difference_update(gen([20]))
print(sorted(s), s.issuperset(gen([2])), frozenset([1]).issubset(gen([1, 2])), {1}.isdisjoint(gen([2])))
l = []
l.extend(gen("ab"))
l += map(str.upper, gen("cd"))
l[1:1] = gen(["x", "y"])
print(l, list(reversed(list(gen(l)))), sum(([x] for x in range(3)), []))
d = {}
d.update((k, v) for k, v in zip("ab", range(2)))
d |= gen([("c", 2)])
print(d, dict(gen([("z", 0)]), extra=1), str.maketrans(dict((c, c.upper()) for c in "ab")))
print("%s-%s" % tuple(gen("pq")), "{}+{}".format(*gen([1, 2])), b"-".join(bytes([x]) for x in b"xy"))
print(int.from_bytes(gen([1, 0]), "big"), bytes.fromhex("".join(f"{x:02x}" for x in gen([104, 105]))))
print(*gen(["printed", "spread"]), sep=" / ")
a, b, *rest = gen(range(5))
print(a, b, rest, [*gen("xy"), *map(str, gen([1]))], {*gen([1, 1])})
e = ValueError()
e.args = gen(["from", "generator"])
print(e.args, 3 in gen([1, 3]), "q" not in map(str.lower, "QW"))
it = gen([1, 2, 3])
print(next(it), list(zip(it, "ab")), next(it, "done"))
