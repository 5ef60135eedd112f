# Errors raised while evaluating default values happen at def time;
# errors in argument expressions happen before the call.
def f():
    return "f ran"
try:
    def g(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("at def time:", e)
try:
    g
except NameError as e:
    print(e)
def side():
    print("argument evaluated")
    raise KeyError("arg")
def target(a):
    print("never called")
try:
    target(side())
except KeyError as e:
    print("before the call:", e)
def takes_two(a, b):
    return a, b
try:
    takes_two(side(), undefined_name)
except KeyError as e:
    print("first argument failed first:", e)
try:
    undefined_function(side())
except NameError as e:
    print("callee is evaluated first:", e)
