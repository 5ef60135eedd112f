# Evaluation order: operands and arguments left to right, keyword and
# star arguments in source order, dict displays key before value, the
# right side of an assignment before its targets (targets left to right).
log = []
def t(tag, v=None):
    log.append(tag)
    return tag if v is None else v
def f(*a, **k):
    return None
f(t("a1"), t("a2"), k=t("kw"), *[t("star")], **{t("dk"): t("dv")})
print(log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t("L", 1) + t("R", 2) * t("M", 3)
print(log); log.clear()
x = [0, 0]
x[t("idx", 0)] = t("rhs", 5)
print(log, x); log.clear()
a = b = t("chained", [])
print(a is b, log); log.clear()
[t("e1"), *[t("e2")], t("e3")]
print(log); log.clear()
t("func", f)(t("arg"))
print(log); log.clear()
t("obj", "abc")[t("start", 0):t("stop", 2)]
print(log); log.clear()
t("c1", 1) < t("c2", 2) < t("c3", 3)
print(log); log.clear()
t("cond", True) and t("then") if t("test", 1) else t("else")
print(log); log.clear()
first, second = t("r1"), t("r2")
print(log); log.clear()
print(f"{t('fa')}{t('fb')}", log); log.clear()
s = {t("s1"), t("s2")}
print(log); log.clear()
