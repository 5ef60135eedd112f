# set.remove of a missing element raises KeyError with the element.
s = {(1, 2), (3, 4)}
s.remove((1, 2))
s.remove((1, 2))
