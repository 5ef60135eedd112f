# return, break and continue through finally; exceptions in handlers.
def f(x):
    try:
        if x:
            return "early"
    finally:
        print("finally runs", x)
    return "late"
print(f(True), f(False))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(5):
        try:
            if i % 2:
                continue
            print("body", i)
            if i == 4:
                break
        finally:
            print("cleanup", i)
h()
def k():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError as e:
            print("inner", e)
        print("still handling")
    return "ok"
print(k())
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
    finally:
        print("outer finally")
nested()
def swallow():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(swallow())
def loop_else():
    for i in range(3):
        try:
            pass
        except Exception:
            pass
    else:
        return "else"
print(loop_else())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("iteration", count)
