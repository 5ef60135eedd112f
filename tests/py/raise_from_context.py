# raise X from Y sets __cause__ and suppresses context; from None hides
# the context; implicit chaining records __context__.
def cause():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    cause()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def from_none():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None
try:
    from_none()
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        [].pop()
    except IndexError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
def from_unrelated():
    raise KeyError("k") from RuntimeError("r")
try:
    from_unrelated()
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
def from_class():
    raise ValueError("v") from IndexError
try:
    from_class()
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
def chain_of_three():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("second")
    except KeyError:
        raise IndexError("third")
try:
    chain_of_three()
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
