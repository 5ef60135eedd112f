# pow with two and three arguments: modular exponentiation, negative
# exponents (float results, or modular inverse with a modulus), errors.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0), pow(2.0, 3))
print(pow(3, 200, 1000), pow(2, 10, 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(10, -2, 7), pow(2, 100, 1))
print(pow(7, 123456789, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
print(pow(4, 0.5), pow(2, -2), pow(-2.0, 2), pow(10, 20), pow(-2, 63))
for args in [(2, 3, 0), (2.0, 3, 5), (2, 0.5, 5), (2, -1, 4), ("2", 3), (0, -1), (0.0, -1), (2, 3, 4, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
