# Every augmented operator on plain names, with ints, floats, strings,
# lists (in place) and tuples (rebinding).
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
f = 1.5
f += 1; print(f)
f *= 2; print(f)
f //= 1.5; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
a = [1]
alias = a
a += [2, 3]
a *= 2
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
b = b"x"
b += b"yz"; print(b)
big = 2
big **= 100; print(big)
big //= 3 ** 20; print(big)
try:
    y = 1
    y += "a"
except TypeError as e:
    print(e)
try:
    q = "a"
    q -= "a"
except TypeError as e:
    print(e)
try:
    z = 1
    z /= 0
except ZeroDivisionError as e:
    print(e)
