# Classic small algorithms: sieve, binary search, gcd, permutations.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
def bsearch(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = list(range(0, 100, 3))
print([bsearch(xs, v) for v in (0, 1, 50, 99, 1000)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2**40, 6**20))
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(perms([1, 2, 3])))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item) if False else flatten_list(item)
        else:
            yield item
def flatten_list(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten_list(item))
        else:
            out.append(item)
    return out
print(flatten_list([1, [2, [3, [4, 5]], 6], [[7]]]))
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([5, 3, 8, 1, 9, 2, 7, 5]))
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(" ".join(fizz))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz))
