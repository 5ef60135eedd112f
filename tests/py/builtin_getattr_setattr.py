# getattr/hasattr/setattr on builtin objects: methods and attributes,
# defaults, and the errors for missing or read-only attributes.
print(getattr("abc", "upper")(), getattr(3, "real"), getattr(1.5, "imag", None))
print(getattr([], "nope", "default"), hasattr("", "join"), hasattr(5, "join"))
print(getattr((1 + 0).__class__, "__name__") if False else getattr(int, "__name__"))
print(getattr(ValueError("m"), "args"))
for bad in [lambda: getattr(1, "zzz"), lambda: getattr("s", 5), lambda: getattr(1),
            lambda: setattr(1, "x", 2), lambda: setattr("s", "upper", None), lambda: setattr([], 1, 2),
            lambda: getattr(None, "x"), lambda: hasattr(1, 2)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
