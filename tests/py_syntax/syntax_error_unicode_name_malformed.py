# \N{ without its closing brace.
x = "ab\N{EURO SIGN"
