# f-strings and str + str built in one piece: empty and one-character
# results, non-ASCII parts (indexing and slicing need their code points),
# and long results.
e = ""
a = "a"
u = "é"
w = "日本"
for s in [f"{e}", f"{e}{e}", f"{a}", f"{e}{a}{e}", f"{u}", f"x{u}y{w}z", f"{w}{w}",
          e + e, e + a, a + e, a + a, u + w, w + "-" + u]:
    print(repr(s), len(s), s[-1:], s[::-1], s == s[:], s is not None)
n = 0
for i in range(300):
    s = f"{i}:{u * (i % 3)}|{w[i % 2:]}"
    n += len(s) + s.count("é") + s.find("|")
    if i % 97 == 0:
        print(s, len(s), s[3:6], s.upper())
print(n)
big = f"{'ab' * 5000}{u}{'cd' * 5000}"
print(len(big), big[9999:10002], big.index(u))
print(f"{1}{2}" == "12", f"{'x'}" == "x", f"{'é'}"[0] == "é", hash(f"{a}{a}") == hash("aa"))
