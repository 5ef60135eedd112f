# := inside a comprehension binds in the enclosing function (or module)
# scope, not the comprehension's own scope.
values = [3, 8, 1, 9, 4]
big = [y for x in values if (y := x * 10) > 35]
print(big, y)
def last_seen():
    [(last := v) for v in "abc"]
    return last
print(last_seen())
def running_total(nums):
    total = 0
    return [total := total + n for n in nums], total
print(running_total([1, 2, 3, 4]))
def any_witness(items):
    if [w for it in items if (w := it) < 0]:
        return "negative found", w
    return "none", None
print(any_witness([3, -2, 5]), any_witness([1]))
def nested():
    out = [[(inner := j) for j in range(i)] for i in range(4)]
    return out, inner
print(nested())
def walrus_in_filter_and_value():
    data = {"a": "1", "b": "x", "c": "22"}
    return {k: n for k, v in data.items() if (n := v.isdigit() and int(v))}
print(walrus_in_filter_and_value())
print([(a := 1), a + 1])
def counter_closure():
    count = 0
    def bump():
        nonlocal count
        [count := count + 1 for _ in range(3)]
        return count
    return bump()
print(counter_closure())
