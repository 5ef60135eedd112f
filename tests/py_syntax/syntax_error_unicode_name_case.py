# Algorithmic names must be upper case in 3.11.
x = "\N{hangul syllable ga}"
