# round of a NaN.
print(round(2.5), round(-2.5))
print(round(float("nan")))
