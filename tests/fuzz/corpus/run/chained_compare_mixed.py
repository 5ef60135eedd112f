# Chains mixing in / not in / is / is not with ordering, and the value
# of a false chain (it is the False result of the failing comparison).
a = [1, 2, 3]
print(1 in a in [a], 2 in a not in [[]], 4 not in a in [a])
print(None is None is not False, 1 < 2 in [True], (1 < 2) in [True])
print(3 > 2 == 2 > 1, 3 > 2 == 3)
n = None
print(n is None, n is not None, not n is None)
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z, x == z is not y)
print("b" in "abc" in "xabcx", "" in "" in "")
d = {"k": 1}
print("k" in d in [d], 1 in d.values())
print(not 1 < 2, not (1 > 2) == True)
