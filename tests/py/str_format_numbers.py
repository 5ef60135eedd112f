# Number presentation types in format(), str.format and %.
for n in [0, 5, -5, 255, 65535, 10**9]:
    print("{0:d} {0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#x} {0:,} {0:_x} {0:e} {0:.1%}".format(n))
for x in [0.0, 0.1, -1.5, 1234.5678, 1e-7, 6.02e23]:
    print("{0:f} {0:.2f} {0:e} {0:.3E} {0:g} {0:.3G} {0:%} {0:,.1f} {0:+.0f} {0: g}".format(x))
    print("%f %.2f %e %.3E %g %.3G %+.0f % g" % (x, x, x, x, x, x, x, x))
print("{:c}{:c}".format(72, 105), "{:n}".format(1234567), "{:,d}".format(-1234567), "{:08.2f}".format(-1.5))
