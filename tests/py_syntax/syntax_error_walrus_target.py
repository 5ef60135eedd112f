# := needs a plain name on the left.
d = {}
if (d["k"] := 1):
    pass
