# raise with a class, an instance, a non-exception; exception args.
for thing in [ValueError, ValueError("inst"), KeyError, 5, "str", None, int]:
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise IndexError("a", 2, None)
except IndexError as e:
    print(e, e.args, len(e.args))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise Exception
except BaseException as e:
    print(repr(e), "caught as BaseException")
raise ValueError("final", 1)
