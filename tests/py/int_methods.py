# int methods and attributes.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 255, -255, 2**62, 2**100 - 1, -(2**70), True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
attempt(lambda: (5).bit_length(1))
attempt(lambda: (5).is_integer())
attempt(lambda: (5).as_integer_ratio(1))
