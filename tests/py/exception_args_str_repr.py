# str/repr/args of exceptions built with zero, one and several args,
# including KeyError's repr-of-key str and non-string args.
for e in [ValueError(), ValueError("msg"), ValueError("a", 1), ValueError(None), ValueError(""),
          KeyError("k"), KeyError(1), KeyError(), KeyError("a", "b"), IndexError(3.5),
          Exception([1, 2]), RuntimeError(("t",)), ZeroDivisionError("division by zero"),
          AssertionError(), StopIteration(), NameError("name 'x' is not defined")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = TypeError("x")
print(e.args[0], len(e.args), isinstance(e.args, tuple))
try:
    raise KeyError("it's")
except KeyError as err:
    print(err, repr(err))
print(f"{ValueError('in f-string')}", f"{KeyError('k')!r}", "%s" % OSError("os") if False else "")
print(ValueError("a") == ValueError("a"), str(ValueError(1, 2)))
