def first_match(pairs, target):
    for i, (a, b) in enumerate(pairs):
        if (total := a + b) == target:
            break
    else:
        return None
    return i, total
