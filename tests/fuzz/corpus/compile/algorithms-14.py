def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        elif xs[mid] > target:
            hi = mid
        else:
            return mid
    return -1
