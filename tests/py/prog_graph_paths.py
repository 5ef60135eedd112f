edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, {})[v] = w
    graph.setdefault(v, {})[u] = w
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = set(graph)
    while todo:
        u = min((n for n in todo if n in dist), key=lambda n: dist[n], default=None)
        if u is None:
            break
        todo.discard(u)
        for v, w in graph[u].items():
            nd = dist[u] + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
    return dist, prev
dist, prev = dijkstra("a")
print(sorted(dist.items()))
def path(t):
    out = [t]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))
print(path("f"))
def bfs(start):
    order, q, seen = [], [start], {start}
    while q:
        n = q.pop(0)
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs("a"))
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in sorted(graph[n], reverse=True):
        if m not in seen:
            dfs(m, seen)
    return seen
print(dfs("f"))
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[v] = indeg.get(v, 0) + 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v in deps.get(n, ()):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(out) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(out))}")
    return out
print(topo({"build": ["test"], "fetch": ["build"], "test": ["deploy"], "deploy": []}))
try:
    topo({"x": ["y"], "y": ["x"], "z": []})
except ValueError as e:
    print("error:", e)
