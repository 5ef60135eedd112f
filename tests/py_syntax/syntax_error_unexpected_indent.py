# An indented line with no block opener above it.
x = 1
    y = 2
