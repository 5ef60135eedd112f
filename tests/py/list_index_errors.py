# Indexing errors on lists, tuples, strings and ranges: out of range,
# wrong index type, and slice forgiveness.
seq = [10, 20, 30]
for i in [3, -4, 10 ** 20]:
    for s in [seq, tuple(seq), "abc"]:
        try:
            s[i]
        except IndexError as e:
            print(type(s).__name__, e)
for idx in ["1", 1.0, None, [0]]:
    for s in [seq, (1,), "ab"]:
        try:
            s[idx]
        except TypeError as e:
            print(e)
print(seq[5:], seq[-10:1], seq[1:-10], "abc"[10:], (1, 2)[-100:], seq[True], "ab"[False])
try:
    seq[3] = 1
except IndexError as e:
    print(e)
try:
    del seq[-4]
except IndexError as e:
    print(e)
