def counter(start=0, step=1):
    count = start

    def bump(times=1):
        nonlocal count
        count += step * times
        return count

    return bump
