# An uncaught exception raised while handling another: the traceback
# shows both, ending with the second.
def load(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no setting named {k!r}")
print(load({"a": 1}, "a"))
load({}, "timeout")
