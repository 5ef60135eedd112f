# Hand-written sorting algorithms checked against sorted().
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def heapify(a, n, i):
    largest = i
    for c in (2 * i + 1, 2 * i + 2):
        if c < n and a[c] > a[largest]:
            largest = c
    if largest != i:
        a[i], a[largest] = a[largest], a[i]
        heapify(a, n, largest)
def heap_sort(a):
    a = list(a)
    for i in range(len(a) // 2 - 1, -1, -1):
        heapify(a, len(a), i)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        heapify(a, end, 0)
    return a
seed = 12345
data = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
want = sorted(data)
for fn in [insertion, merge_sort, quick, heap_sort]:
    got = fn(data)
    print(fn.__name__, got == want, got[:5], got[-3:])
print(insertion("sorting"), merge_sort([3.5, -1, 2]), quick([]), heap_sort([1]))
