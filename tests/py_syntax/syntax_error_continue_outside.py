# continue outside any loop (inside a function body is still outside).
def f():
    continue
print("never printed")
