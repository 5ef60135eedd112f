def scopes():
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return counter

    global GLOBAL_FLAG
    GLOBAL_FLAG = bump() + bump()
    return counter
