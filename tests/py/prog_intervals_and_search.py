# Interval merging, binary search variants, two-pointer techniques and
# a sliding-window maximum, checked on fixed inputs.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 5]]))
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 2, 2, 2, 5, 7, 9]
print([(x, lower_bound(a, x), upper_bound(a, x)) for x in [0, 2, 3, 9, 10]])
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
def window_max(nums, k):
    dq, out = [], []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), window_max([4, 2], 1))
def longest_unique(s):
    last, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]
print([longest_unique(s) for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf"]])
