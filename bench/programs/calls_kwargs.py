# Closures and many small calls with keyword arguments.
try:
    SCALE
except NameError:
    SCALE = 1


def make_scaler(factor):
    def scale(x, *, offset=0):
        return x * factor + offset
    return scale


def combine(a, b, c=1, *, d=2):
    return a + b * c - d


n = int(500_000 * SCALE)
s3 = make_scaler(3)
acc = 0
for i in range(n):
    acc += s3(i, offset=1)
    acc -= combine(i, 2, c=3, d=4)
    acc += combine(b=i, a=1)
print(acc)
