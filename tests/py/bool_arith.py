# bool is an int subclass: arithmetic gives ints, repr stays True/False,
# and bool() follows truthiness of every core type.
print(True + True, True * 10, True - False, -True, True / 2, True // 1, 2 ** True)
print(type(True + 0).__name__, type(True).__name__, str(True), repr(False), int(True), float(False))
print(sum([True, False, True]), [1, 2, 3][True], "ab"[False], True == 1, False == 0)
print(bool(0), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(None), bool(range(0)), bool(b""))
print(bool(float("nan")), bool(bool), bool(len), bool(), True and 3, False or 4)
print(True & False, True | False, True ^ True, ~False, True << 2, f"{True:d} {True:>5} {False!r}")
print(hash(True) == hash(1), {True: "a", 1: "b"}, isinstance(True, int), True < 2)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
