# center / ljust / rjust / zfill.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr("ab".center(5, "*")), repr("abc".center(6, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "é")))
print(repr("abc".center(2)), repr("a".center(-5)), repr("a".center(True)), repr("日本".center(6, "・")))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "x".zfill(-3), repr("".zfill(3)), "3.14".zfill(7))
for name, score in [("alice", 93), ("bob", 7)]:
    print(name.ljust(8, ".") + str(score).rjust(4))
attempt(lambda: "a".center())
attempt(lambda: "a".center(5, "ab"))
attempt(lambda: "a".center(5, 1))
attempt(lambda: "a".center(5, ""))
attempt(lambda: "a".center(3, fillchar="x"))
attempt(lambda: "a".ljust(2**70))
attempt(lambda: "a".rjust("3"))
attempt(lambda: "a".zfill("x"))
attempt(lambda: "a".zfill())
attempt(lambda: "a".zfill(width=3))
