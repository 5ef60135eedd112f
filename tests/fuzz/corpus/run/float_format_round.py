# round() and formatting of floats side by side.
vals = [0.5, 1.5, 2.5, -2.5, 2.675, 1.005, 0.125, 1e15 + 0.5, 123456.789, -0.0, 1 / 3]
for v in vals:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), "%.2f" % v, format(v, ".3g"), f"{v:10.4e}")
print(round(5.5), round(6.5), round(-5.5), round(0.1 + 0.2, 15), round(1e308, -300), round(7.0, -1))
