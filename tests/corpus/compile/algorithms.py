# Classic algorithms: recursion, closures, generators, comprehensions.
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_p in enumerate(sieve) if is_p]


def counter(start=0, step=1):
    count = start

    def bump(times=1):
        nonlocal count
        count += step * times
        return count

    return bump


def walk(tree, depth=0):
    for key, value in sorted(tree.items()):
        yield depth, key
        if isinstance(value, dict):
            yield from walk(value, depth + 1)


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def matrix_power(m, k):
    n = len(m)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    while k:
        if k & 1:
            result = [[sum(a * b for a, b in zip(row, col)) for col in zip(*m)] for row in result]
        m = [[sum(a * b for a, b in zip(row, col)) for col in zip(*m)] for row in m]
        k >>= 1
    return result


bump = counter(10)
bump()
bump(times=3)
tree = {"a": {"b": {"c": 1}, "d": 2}, "e": 3}
lines = ["  " * d + k for d, k in walk(tree)]
assert fib(30) == 832040, "fib"
assert primes(30)[-1] == 29
{"sorted": quicksort([5, 3, 8, 1, 9, 2]), "tree": "\n".join(lines), "m": matrix_power([[1, 1], [1, 0]], 10)}
