# IndexError wording for bytes and for ranges indexed beyond a machine word.
for s in [b"abc", range(3)]:
    for i in [3, -4, 10 ** 20]:
        try:
            s[i]
        except IndexError as e:
            print(type(s).__name__, e)
