# expandtabs column arithmetic with mixed line breaks.
lines = "a\tb\tc\nab\tc\r\tdone\nlonger_word\tx\t\ty"
for size in [0, 1, 2, 4, 8, 12]:
    print(size, repr(lines.expandtabs(size)))
print([len(l) for l in lines.expandtabs(8).splitlines()])
