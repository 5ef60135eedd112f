# Augmented assignment on names, subscripts, slices; evaluation order.
d = {"k": 1}
d["k"] += 5
d["new"] = d.get("new", 0) + 1 if False else 1
print(d)
l = [1, 2, 3]
l[0] += 10
l[-1] *= 3
l[1] -= 1
print(l)
def key():
    print("key evaluated")
    return 0
l[key()] += 1
print(l)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
m[0][1] //= 2
print(m)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2,)
print(t)
n = 7
n %= 4
n <<= 3
n |= 1
print(n)
st = {1}
st |= {2}
st -= {1}
print(st)
x = y = z = 0
x += 1
print(x, y, z)
a = [1]
b = a
a += [2]
print(b)
c = (1,)
e = c
c += (2,)
print(e, c)
