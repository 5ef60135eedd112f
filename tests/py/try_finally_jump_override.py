# break/continue inside a finally body that runs because of a return,
# break, continue or exception in the try: the finally's jump wins and
# discards the pending return value or exception.
def return_then_continue():
    out = []
    for i in range(3):
        try:
            return i
        finally:
            out.append(i)
            if i < 2:
                continue
    return "end"
print(return_then_continue())
def return_then_break():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "after break", i
print(return_then_break())
def while_return_break():
    n = 0
    while True:
        n += 1
        try:
            return n
        finally:
            if n < 4:
                continue
            break
    return "stopped at", n
print(while_return_break())
def continue_then_break():
    seen = []
    for i in range(5):
        try:
            seen.append(i)
            continue
        finally:
            if i == 2:
                break
    return seen
print(continue_then_break())
def break_then_continue():
    seen = []
    for i in range(4):
        try:
            break
        finally:
            seen.append(i)
            continue
    return seen
print(break_then_continue())
def exception_then_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded at", i
print(exception_then_break())
def nested_loops():
    log = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    return (i, j)
                finally:
                    log.append(("inner", i, j))
                    if j < 2:
                        continue
            finally:
                log.append(("outer", i, j))
                if i < 2:
                    break
    return log
print(nested_loops())
def loop_inside_finally():
    total = 0
    for i in range(3):
        try:
            return "pending"
        finally:
            for k in range(10):
                if k == 3:
                    break
                total += k
            if i < 2:
                continue
    return total
print(loop_inside_finally())
def return_in_finally_of_break():
    for i in range(3):
        try:
            break
        finally:
            return "finally return beats break", i
print(return_in_finally_of_break())
