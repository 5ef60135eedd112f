# A name assigned anywhere in a function is local everywhere in it:
# reading it first raises UnboundLocalError, even when a global exists.
x = "global x"
def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e)
    x = "local"
    return x
print(reads_then_assigns())
def assigned_in_dead_branch():
    if False:
        x = 1
    return x
try:
    assigned_in_dead_branch()
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)
def augmented():
    x += "!"
try:
    augmented()
except UnboundLocalError as e:
    print(e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(e)
def loop_var_before_loop():
    try:
        return i
    except UnboundLocalError as e:
        print("before:", e)
    for i in range(2):
        pass
    return i
print(loop_var_before_loop())
def uses_global_only():
    return x.upper()
print(uses_global_only())
def final():
    print(counter)
    counter = 1
counter = 0
final()
