# BFS shortest paths, DFS order, topological sort and connected
# components over adjacency dicts.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [],
    "x": ["y"], "y": [],
}
def bfs(start):
    dist, queue, head = {start: 0}, [start], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
print(bfs("a"), bfs("x"))
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(dfs("a"))
def topo():
    indeg = {n: 0 for n in graph}
    for outs in graph.values():
        for m in outs:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo())
undirected = {}
for n, outs in graph.items():
    undirected.setdefault(n, set())
    for m in outs:
        undirected[n].add(m)
        undirected.setdefault(m, set()).add(n)
comps, seen = [], set()
for n in sorted(undirected):
    if n in seen:
        continue
    stack, comp = [n], []
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        comp.append(cur)
        stack.extend(sorted(undirected[cur] - seen))
    comps.append(sorted(comp))
print(comps)
