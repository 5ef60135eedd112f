a, b = b, a = 1, 2
