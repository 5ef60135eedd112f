# Truth values of every builtin type, and not/and/or results.
values = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", "0", " ", [], [0], (), (0,),
          {}, {0: 0}, set(), {0}, range(0), range(1), b"", b"\x00", 10**30, frozenset()]
for v in values:
    print(repr(v), bool(v), not v, v and "yes", v or "no")
print(bool(print), bool(len), bool(int), bool(ValueError()))
x = 0
if not x:
    print("zero is falsy")
while []:
    print("never")
print([v for v in values if v])
