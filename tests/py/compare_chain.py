# Chained comparisons evaluate each operand once; comparisons across types.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1.0 == True, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) <= (1, 2))
a = []
print(a is a, None is None, [] is [], a is not None)
print('abc' == 'abc', 'abc' != 'abd', [1, [2]] == [1, [2]], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 != 1.0, 'a' != 1, None == 0, () == [])
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6)
try:
    print(1 < 'a')
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, 2, True]))
