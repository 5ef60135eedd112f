"""Classic algorithms: generators, closures, nonlocal/global, slicing,
walrus, unpacking, lambdas and recursion."""

import heapq
from itertools import islice

CALLS = 0


def counted(fn):
    def wrapper(*args, **kwargs):
        global CALLS
        CALLS += 1
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


@counted
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def primes():
    """Unbounded sieve of Eratosthenes."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        value, count = count, count + step
        return value

    return counter


def quicksort(xs):
    if len(xs) <= 1:
        return xs[:]
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def merge_sorted(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heapq.heappop(heap)
        out.append(value)
        if (j := j + 1) < len(lists[i]):
            heapq.heappush(heap, (lists[i][j], i, j))
    return out


def dijkstra(graph, source):
    dist = {source: 0}
    queue = [(0, source)]
    seen = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in seen:
            continue
        seen.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                heapq.heappush(queue, (nd, neighbour))
    return dict(sorted(dist.items()))


def permutations(items):
    if not items:
        yield ()
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (first, *rest)


def matrix_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        elif xs[mid] > target:
            hi = mid
        else:
            return mid
    return -1


def run_length(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def main():
    print(list(islice(primes(), 10)))
    print(list(islice(fib(), 12)))
    c = make_counter(10, step=5)
    print([c() for _ in range(4)])
    data = [5, 3, 9, 1, 5, 8, 2, 7]
    print(quicksort(data), data[::-1], data[1:-1:2], data[-3:])
    print(merge_sorted([1, 4, 9], [2, 3, 10], [], [0, 11]))
    graph = {"a": {"b": 1, "c": 4}, "b": {"c": 2, "d": 5}, "c": {"d": 1}, "d": {}}
    print(dijkstra(graph, "a"))
    print(sum(1 for _ in permutations((1, 2, 3, 4))), next(permutations("ab")))
    print(matrix_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
    xs = sorted(data)
    print([binary_search(xs, t) for t in (1, 5, 6, 9)])
    print(run_length("aaabccddddx"))
    print(gcd(84, 36), gcd(17, 5), CALLS)
    pairs = sorted({(a, b) for a in range(3) for b in range(a)}, key=lambda p: (-p[0], p[1]))
    print(pairs)
    first, *middle, last = range(6)
    (p, q), r = (1, 2), 3
    print(first, middle, last, p, q, r)
    table = {k: v for k, v in zip("abc", range(3)) if v}
    print(table, {**table, "z": 26}, [*table, *"xy"])


main()
