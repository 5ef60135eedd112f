# Random slices (start/stop/step incl. None, negatives, out of range)
# over list, tuple, str, bytes and range give the same elements; random
# slice assignment and deletion on lists, including extended slices.
seed = 31337
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n
def bound():
    return None if rnd(5) == 0 else rnd(25) - 12
base = list(range(10))
text = "abcdefghij"
for _ in range(300):
    st = bound()
    sp = None if rnd(4) == 0 else rnd(9) - 4
    if sp == 0:
        sp = None
    s = slice(bound(), st, sp)
    print(s, base[s], tuple(base)[s] == tuple(base[s]), text[s], bytes(text, "ascii")[s], list(range(10)[s]) == base[s])
for _ in range(200):
    lst = list(range(8))
    step = None if rnd(2) else rnd(7) - 3 or 1
    s = slice(bound(), bound(), step)
    n = len(lst[s])
    repl = [f"r{i}" for i in range(n + (rnd(4) == 0) if step not in (None, 1) else rnd(4))]
    try:
        lst[s] = repl
        r1 = lst
    except ValueError as e:
        r1 = str(e)
    lst2 = list(range(8))
    del lst2[s]
    print(s, r1, lst2)
