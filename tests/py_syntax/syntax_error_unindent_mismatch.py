# Dedent to a column no enclosing block uses.
if True:
        x = 1
    y = 2
