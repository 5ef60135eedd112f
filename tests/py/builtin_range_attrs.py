# range's start/stop/step attributes, count/index methods, and ranges
# whose bounds exceed a machine word (len() of those overflows).
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(r.count(8), r.count(9), r.index(11), range(10, 0, -2).index(4))
try:
    r.index(3)
except ValueError as e:
    print(e)
big = range(10 ** 20)
print(big, big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
