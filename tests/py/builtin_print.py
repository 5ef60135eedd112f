# print: sep and end (including None and empty), no arguments, str()
# of each argument, and errors for bad keyword values.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.0, None, True, [1, "x"], (2,), {"k": "v"}, sep=" | ")
print("sep None", sep=None)
print("end None", end=None)
print(*range(5), sep="\t")
print("multi\nline", "tail", sep="\n")
print("", "")
print("unicode: é ü 日本 😀")
for kwargs in [{"sep": 5}, {"end": 1}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except TypeError as e:
        print(e)
