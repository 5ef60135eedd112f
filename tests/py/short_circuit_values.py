# and/or return one of their operands, not necessarily a bool, and
# skip evaluating the right side when the left decides.
print(0 or "default", "" or [] or None, 1 and "yes", 0 and 1 / 0)
print([] and "x", [0] and "x", None or 0, "a" or 1 / 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", 0 or 0.0 or "last")
called = []
def t(name, value):
    called.append(name)
    return value
r = t("a", 0) and t("b", 1)
print(r, called)
called.clear()
r = t("a", 1) or t("b", 1)
print(r, called)
called.clear()
r = t("a", 0) or t("b", 0) or t("c", 3) or t("d", 4)
print(r, called)
called.clear()
r = t("a", 1) and t("b", 0) or t("c", "c")
print(r, called)
called.clear()
r = not t("a", []) and t("b", "ok")
print(r, called)
print(not 0, not 1, not "", not "x", not None, not [0])
d = {}
name = d.get("name") or "anonymous"
print(name)
print((1 if 0 else 2) or 3, (0 if 0 else 0) or "zero")
count = 0
while count < 5 and count != 3:
    count += 1
print(count)
print([x for x in [0, 1, "", "a", None, [], [1]] if x and x != 1])
