# Using the predicates to classify tokens.
tokens = "x1 42 -7 3.5 foo_bar Foo 'quoted' ٣ ½ __init__ 2x hello! MAX_SIZE".split()
for t in tokens:
    kind = ("int" if t.lstrip("-").isdigit() else
            "float" if t.replace(".", "", 1).lstrip("-").isdigit() else
            "ident" if t.isidentifier() else
            "numeric" if t.isnumeric() else "other")
    print(f"{t:>10} {kind:<8} upper={t.isupper()} alnum={t.isalnum()}")
