# X | Y unions of classes (PEP 604): isinstance/issubclass, repr, equality.
Number = int | float
print(Number, int | None, None | str, int | str | int, (int | str) | (float | str), int | int)
print(isinstance(3, Number), isinstance(2.5, Number), isinstance("x", Number), isinstance(True, Number))
print(isinstance(None, int | None), isinstance([], (str, list | dict)), issubclass(bool, int | str))
print((int | str) == (str | int), (int | str) == (int | float), (int | str).__args__, (int | None).__args__)
def coerce(v: int | float | str | None) -> float | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = v.strip()
        return float(v) if v else None
    if isinstance(v, int | float):
        return float(v)
    raise TypeError(f"cannot coerce {type(v).__name__}")
print([coerce(v) for v in [1, 2.5, " 3 ", "", None]])
for bad in ([1], {1: 2}):
    try:
        coerce(bad)
    except TypeError as e:
        print(e)
def check(v, t):
    return f"{v!r} is {t}: {isinstance(v, t)}"
print(check(5, int | str), check(b"x", bytes | bytearray if False else bytes | str))
print(type(int | str).__name__, int | str is not None)
for bad in (lambda: 1 | int, lambda: int | 1, lambda: None | None, lambda: int | "str", lambda: isinstance(1, int | 3)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(hash(int | str) == hash(str | int), {int | str: "num-or-text"}[str | int], len({int | str, str | int, int | None}))
