# NFKC folds the keyword names into one.
f(ﬁle=1, file=2)
