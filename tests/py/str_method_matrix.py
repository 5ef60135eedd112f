# Every argument-free str method over a set of tricky inputs: empty,
# whitespace, mixed case, digits of several kinds, titlecase letters,
# non-ASCII and astral characters.
samples = ["", " ", "abc", "ABC", "Abc Def", "hello world", "  padded\t\n", "MiXeD123", "123", "١٢٣", "½",
           "²", "ǅungla", "straße", "ÉCOLE", "İstanbul", "σίσυφος", "ΣΊΣΥΦΟΣ", "a_b-c d", "x1 y2 z3", "😀 emoji",
           "tab\tsep", "line\nbreak", "_private", "class", "2fast", "\u2028", "ﬁne", "O'Neil's", "hello-world's"]
methods = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip",
           "split", "splitlines", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
           "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    row = []
    for m in methods:
        row.append(getattr(s, m)())
    print(repr(s), row)
