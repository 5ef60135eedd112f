# set.pop and list.pop on empty containers.
s = {1}
print(s.pop())
print([].pop() if False else "skip")
s.pop()
