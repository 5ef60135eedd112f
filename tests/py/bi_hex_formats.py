# hex/oct/bin against format() and %.
for n in [0, 1, 10, 255, -255, 4096, 2**64 + 1, -(2**70)]:
    print(hex(n), format(n, "#x"), "%#x" % n, oct(n), format(n, "#o"), "%#o" % n, bin(n), format(n, "#b"))
print(int(hex(-255), 16), int(oct(8), 8), int(bin(5), 2), int(bin(-5), 0))
