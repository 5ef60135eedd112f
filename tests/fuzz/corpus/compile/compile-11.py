f = lambda y=1: y + z
