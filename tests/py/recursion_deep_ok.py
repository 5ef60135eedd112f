# Recursion well below the limit: factorial, Ackermann-style, tree
# building and flattening, mutual recursion.
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), len(str(fact(300))))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def build(depth):
    return [] if depth == 0 else [build(depth - 1), build(depth - 1)]
def count(tree):
    return 1 + sum(count(t) for t in tree)
print(count(build(8)))
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(6, "A", "B", "C", [])
print(len(m), m[:5])
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
