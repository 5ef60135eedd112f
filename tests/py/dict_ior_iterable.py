# d |= accepts any iterable of pairs (like update); d | requires a dict.
c = {"x": 1}
c |= [("w", 0)]
c |= (("v", 2),)
print(c)
try:
    c | [("k", 1)]
except TypeError as e:
    print(e)
try:
    c |= 5
except TypeError as e:
    print(e)
