SCHEMA = {"name": (str, True), "age": (int, True), "score": (float, False), "tags": (list, False)}
class_errors = []
def validate(rec):
    errors = []
    for field, (typ, required) in SCHEMA.items():
        if field not in rec:
            if required:
                errors.append(f"missing required field '{field}'")
            continue
        v = rec[field]
        if typ is float and isinstance(v, int) and not isinstance(v, bool):
            v = float(v)
        if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
            errors.append(f"{field}: expected {typ.__name__}, got {type(v).__name__}")
    extra = set(rec) - set(SCHEMA)
    if extra:
        errors.append(f"unknown fields: {', '.join(sorted(extra))}")
    if errors:
        raise ValueError("; ".join(errors))
    return True
recs = [
    {"name": "a", "age": 3},
    {"name": "b", "age": True},
    {"age": "x", "score": 2, "zzz": 1, "aaa": 2},
    {"name": "c", "age": 5, "score": 7, "tags": ("t",)},
]
for r in recs:
    try:
        print(validate(r))
    except ValueError as e:
        print("invalid:", e)
def parse_int(s, lo=None, hi=None):
    try:
        n = int(s)
    except (TypeError, ValueError) as e:
        raise ValueError(f"not an integer: {s!r}") from e
    if lo is not None and n < lo:
        raise ValueError(f"{n} < {lo}")
    if hi is not None and n > hi:
        raise ValueError(f"{n} > {hi}")
    return n
for s in ["12", " 7 ", "1_000", "0x10", None, "99", "-5", "3.0"]:
    try:
        print(parse_int(s, lo=0, hi=1000))
    except ValueError as e:
        print(e, "| cause:", repr(e.__cause__))
def check_all(items):
    problems = {}
    for i, it in enumerate(items):
        try:
            assert isinstance(it, dict), f"item {i} is {type(it).__name__}"
            assert "id" in it, f"item {i} has no id"
        except AssertionError as e:
            problems[i] = str(e)
    return problems
print(check_all([{"id": 1}, [], {"x": 2}, "s"]))
try:
    raise KeyError("missing", 42)
except LookupError as e:
    print(repr(e), str(e), e.args)
try:
    {}["k"]
except KeyError as e:
    print(f"{e!s} {e!r}")
err = TypeError("bad type")
err.add_note("while checking")
print(err.__notes__, repr(err))
e2 = ValueError()
print(repr(str(e2)), e2.args, repr(ValueError(1, "two")))
validate({"name": 1, "age": 2.5})
