# Comparisons between dict views and sets (set semantics for keys and items).
d = {1: 2, 3: 4}
e = {3: 4, 1: 2}
print(d.keys() == e.keys(), d.keys() == {1, 3}, {1, 3} == d.keys(), d.items() == e.items(), d.items() == {(1, 2), (3, 4)})
print(d.keys() < {1, 3, 5}, d.keys() <= {1, 3}, {1} < d.keys(), d.keys() > {1}, d.keys() >= d.keys(), d.keys() != {1})
print({(1, 2): 0}.keys() == {1: 2}.items(), d.values() == d.values(), d.keys() == [1, 3], d.items() > {(1, 2)})
print({1: [1]}.items() == {1: [1]}.items())
