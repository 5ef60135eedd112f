# In-place *= whose left operand is a dict, set or frozenset and whose
# right is a sequence: CPython reports the operator ("*=") because the
# left type has sequence methods without repeat; plain * blames the
# sequence ("can't multiply sequence by non-int").
for left in [{"k": 1}, {7}, frozenset([8]), range(2)]:
    for right in ["ab", [1], (2,)]:
        a = left
        try:
            a *= right
        except TypeError as e:
            print("*=", e)
        try:
            left * right
        except TypeError as e:
            print("* ", e)
