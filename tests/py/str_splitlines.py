# splitlines over every line boundary, expandtabs.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

text = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "x".splitlines(keepends=True))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)))
print(repr("a\tb".expandtabs(-1)), repr("x\ny\tz".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
attempt(lambda: "a".splitlines(1.5))
attempt(lambda: "a".splitlines(2**40))
attempt(lambda: "a".splitlines(True, 1))
attempt(lambda: "a".expandtabs(tabsize="x"))
attempt(lambda: "a".expandtabs(None))
attempt(lambda: "a".expandtabs(1, 2))
