# Heaps the collector's update phase walks in its two ways: few objects
# with values among many strs (the log of marked containers is complete),
# and very many small tuples and dicts (the log overflows and the heap is
# walked), each across several collections while garbage is made.
words = [str(i) * 3 for i in range(20000)]
table = {w: len(w) for w in words[:2000]}
garbage = 0
for i in range(60000):
    garbage += len(f"{i}-{i}")
print(len(words), words[12345], table["999999"], garbage)
pairs = [(i, (i * 7) % 1000, str(i)) for i in range(30000)]
nested = [[i, [i + 1, (i + 2,)]] for i in range(5000)]
records = [{"k": i, "v": (i, i)} for i in range(5000)]
for i in range(60000):
    garbage += len((i, i, i))
chain = None
for i in range(3000):
    chain = (i, chain)
depth = 0
node = chain
while node is not None:
    depth += 1
    node = node[1]
print(pairs[29999], sum(p[1] for p in pairs), nested[4999], records[4321], depth, garbage)
print(sum(len(w) for w in words), len(table), words[-1])
