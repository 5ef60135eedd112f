# The is* predicates.
samples = ["abc", "ab1", "ABC", "Abc Def", "abc def", "123", "١٢٣", "²", "½", " \t\n", "", "_x1", "1x",
           "a\tb", "é", "Hello World", "hello World", "ǅ", "ⅷ", "x\u200b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
try:
    "1".isdecimal(1)
except TypeError as e:
    print(type(e).__name__, e)
