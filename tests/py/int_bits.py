# bit_length / bit_count over shifts and masks.
for k in [0, 1, 7, 8, 31, 32, 47, 48, 63, 64, 65, 100, 200]:
    n = 1 << k
    print(k, n.bit_length(), (n - 1).bit_length(), (n - 1).bit_count(), (-n).bit_length(), (-n).bit_count(), (n | 5).bit_count())
print(sum(i.bit_count() for i in range(256)), max(range(1000), key=lambda i: (i.bit_count(), -i)))
