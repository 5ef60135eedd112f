# NFKC folds the parameter names into one (PEP 3131).
def f(𝐱, x):
    pass
