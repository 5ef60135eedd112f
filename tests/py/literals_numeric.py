# Numeric literal forms: bases, underscores, floats with exponents and
# leading/trailing dots, very large and very small values.
print(0b1011, 0o17, 0xDEAD_beef, 0B11, 0O7, 0X1f, 1_000_000, 0_0, 00)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0e0, 6.02e23, 1.6e-19)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, -0b1, -0.0)
print(1e308 * 1, 1e309, -1e309, 2e-324, 3e-324, 0.1 + 0.7)
print(type(1_0).__name__, type(1e0).__name__, type(0x10).__name__, 9007199254740993, 9007199254740993.0)
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 1 / 10, 2 / 3 * 3, 100 * 1.1, 0.3 - 0.1)
