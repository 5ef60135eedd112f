# Calling types and builtins through variables, as key functions and in map.
converters = [int, float, str, bool, len, abs, repr, ascii, hex, ord if False else chr]
values = [65, 66]
for f in converters:
    try:
        print(f.__name__, [f(v) for v in values])
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(sorted(["3", "10", "2"], key=int), list(map(str.strip, [" a ", "b "])), max(["ab", "c"], key=len))
print(list(map(int, "1 2 3".split())), sum(map(float, ["1.5", "2.5"])), list(filter(str.isupper, "aBcD")))
