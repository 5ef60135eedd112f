# del of a call expression.
x = [1]
del len(x)
