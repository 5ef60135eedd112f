# float overflow in ** raises OverflowError.
print(2.0 ** 10)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(10 ** 400))
