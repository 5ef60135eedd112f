# Exceptions with several args, no args, and non-str args, uncaught.
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)))
try:
    raise ValueError(1, "two")
except ValueError as e:
    print(str(e))
raise RuntimeError({"code": 7, "msg": "bad"})
