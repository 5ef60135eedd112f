# return inside try/finally: finally always runs, a return in finally
# overrides the try's value and discards a pending exception.
trace = []
def basic():
    try:
        trace.append("try")
        return "try value"
    finally:
        trace.append("finally")
print(basic(), trace)
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def value_computed_before_finally():
    x = 10
    try:
        return x
    finally:
        x = 20
print(value_computed_before_finally())
def mutable_after():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_after())
def discard_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(discard_exception())
def nested_finally():
    out = []
    try:
        try:
            return "inner"
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
        print(out)
print(nested_finally())
def return_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except")
print(return_in_except())
def return_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else")
print(return_in_else())
def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(loop_return())
def exception_in_finally():
    try:
        return "never"
    finally:
        raise KeyError("from finally")
try:
    exception_in_finally()
except KeyError as e:
    print("caught", repr(e))
