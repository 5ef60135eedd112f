# Error messages of builtins called with wrong argument counts and types.
calls = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: chr(), lambda: ord(), lambda: hex(1, 2),
         lambda: divmod(), lambda: round(), lambda: round(1, 2, 3), lambda: pow(), lambda: hash(), lambda: format(),
         lambda: all(), lambda: sorted([], [], []), lambda: reversed([], []), lambda: issubclass(int),
         lambda: setattr(1), lambda: bytes(1, 2, 3, 4), lambda: "x".join([], []), lambda: [].sort(key=len, x=1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
