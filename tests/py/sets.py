# Sets: literals, operators, comprehensions, membership.
s = {3, 1, 2}
t = {2, 3, 4}
print(s, len(s), 1 in s, 5 not in s)
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, s < s, s >= {1})
u = set()
print(u, set([1, 1, 2]), set("abca") == {"a", "b", "c"}, {x % 3 for x in range(10)})
s |= {10}
s &= {1, 2, 10}
s -= {2}
s ^= {5}
print(s)
print(sorted({"b", "a", "c"}), {1, 2} == {2, 1}, {(1, 2), (1, 2)})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    s | [1]
except TypeError as e:
    print("TypeError", e)
print({n for n in range(20) if n % 2 == 0 and n % 3 == 0})
