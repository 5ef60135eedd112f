# assert: message expression evaluated only on failure; AssertionError
# args; a bare failing assert has no message.
evaluated = []
def msg(s):
    evaluated.append(s)
    return s
assert True, msg("never")
assert 1 + 1 == 2, msg("never")
print(evaluated)
try:
    assert 1 > 2, msg("one is not greater")
except AssertionError as e:
    print(repr(e), e.args, evaluated)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e, e.args)
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("4")
except AssertionError as e:
    print(e)
check(2.5)
