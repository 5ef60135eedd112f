# title/capitalize/swapcase/casefold edge cases across scripts.
samples = ["hello world", "HELLO WORLD", "hello-world's x", "3rd place", "ǆungla ǉubav", "ß is sharp", "ﬁsh ﬂy",
           "ΣΙΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "İi", "ǰ", "Ⓐⓑ", "a1b2 c3", "  lead"]
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), s.istitle())
