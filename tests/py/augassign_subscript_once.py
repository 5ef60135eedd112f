# a[i] += v evaluates the container and the index once each; the same
# holds for nested subscripts and attribute-free targets.
log = []
def key(k):
    log.append(("key", k))
    return k
def obj(o):
    log.append("obj")
    return o
d = {"a": 1}
obj(d)[key("a")] += 10
print(d, log)
log.clear()
lst = [[0, 0], [0, 0]]
obj(lst)[key(1)][key(0)] += 5
print(lst, log)
log.clear()
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
m = [1, 2, 3]
m[-1] *= 10
m[0] -= 1
m[1] **= 3
print(m)
s = {"x": "a"}
s["x"] *= 3
s["x"] += "!"
print(s)
try:
    d[key("missing")] += 1
except KeyError as e:
    print("KeyError", e, log)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
