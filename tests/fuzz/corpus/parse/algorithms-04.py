def counted(fn):
    def wrapper(*args, **kwargs):
        global CALLS
        CALLS += 1
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper
