# Operator precedence and associativity: ** binds tighter than unary
# minus on its left but not its right, comparisons chain, not is low,
# bitwise ops sit between arithmetic and comparison.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, 7 % 3 ** 2, -7 // 2, -(7 // 2), ~5 + 1, ~(5 + 1), - - 3, not not 0)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 1 + 2 << 1)
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, not (1 == 2), 1 + 1 == 2 and 3 > 2 or 0)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if 2 > 3 else 4 + 5, (1 if 2 > 3 else 4) + 5, [1, 2] * 2 + [3], "ab" "cd" * 2)
x = 5
print(-x ** 2, +x, -+-x, x ** 0.5 ** 2, 2 * -x, x - -x, x * -1 ** 2)
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True, "a" + "b" in "xaby")
print((lambda: 0 if False else 1 if False else "lambda body" if False else "parses")())
print(2 ** 2 ** 3 ** 0, 10 % 3 * 2, -10 % 3, 10 % -3, -(10 % 3))
