class_note = "manual binary heap"
def push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]: break
        h[p], h[i] = h[i], h[p]
        i = p
def pop(h):
    if not h:
        raise IndexError("pop from empty heap")
    last = h.pop()
    if not h: return last
    top, h[0] = h[0], last
    i, n = 0, len(h)
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < n and h[l] < h[m]: m = l
        if r < n and h[r] < h[m]: m = r
        if m == i: break
        h[m], h[i] = h[i], h[m]
        i = m
    return top
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    push(h, x)
print([pop(h) for _ in range(7)])
try:
    pop(h)
except IndexError as e:
    print("IndexError:", e)
def huffman(text):
    freq = {}
    for c in text: freq[c] = freq.get(c, 0) + 1
    heap, uid = [], 0
    for c, f in sorted(freq.items()):
        push(heap, (f, uid, c)); uid += 1
    while len(heap) > 1:
        f1, _, a = pop(heap)
        f2, _, b = pop(heap)
        push(heap, (f1 + f2, uid, (a, b))); uid += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes
codes = huffman("abracadabra alakazam")
for c in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(c), codes[c])
enc = "".join(codes[c] for c in "abracadabra")
print(enc, len(enc), "bits vs", 8 * len("abracadabra"))
dec = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in enc:
    cur += bit
    if cur in dec:
        out.append(dec[cur]); cur = ""
print("".join(out))
def k_smallest(items, k):
    heap = []
    for it in items:
        push(heap, it)
    return [pop(heap) for _ in range(min(k, len(heap)))]
print(k_smallest([("b", 2), ("a", 2), ("c", 1)], 2), k_smallest([], 3))
def merge_sorted(*lists):
    heap = []
    for i, l in enumerate(lists):
        if l: push(heap, (l[0], i, 0))
    out = []
    while heap:
        v, i, j = pop(heap)
        out.append(v)
        if j + 1 < len(lists[i]): push(heap, (lists[i][j + 1], i, j + 1))
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10], [], [0, 5]))
pop([])
