# list methods and their errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2]
l.extend([3, 4]); l.extend((5,)); l.extend("ab"); l.extend(range(2)); l.extend(x * 10 for x in range(2))
print(l)
l.insert(1, 9); l.insert(-1, 8); l.insert(100, 7); l.insert(-100, 6)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9); l.remove("a")
print(l, l.index(2), l.count(0), l.index(0, 3), [1, 2.0, True].count(1))
c = l.copy(); c.append("new"); l.reverse()
print(l, c, len(c))
l.clear(); print(l, l.copy())
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print(stack == [])
attempt(lambda: [1].extend(1))
attempt(lambda: [1, 2].insert(1))
attempt(lambda: [1, 2].insert("a", 1))
attempt(lambda: [1].remove(2))
attempt(lambda: [1].pop(5))
attempt(lambda: [].pop())
attempt(lambda: [1].pop("a"))
attempt(lambda: [1].index(2))
attempt(lambda: ["a"].index("b"))
attempt(lambda: [1].index(1, None))
attempt(lambda: [1, 2, 3].index(3, 0, -1))
attempt(lambda: [1].count())
attempt(lambda: [1].clear(1))
attempt(lambda: [1].extend(x=1))
