meetings = [("standup", "09:00", "09:15"), ("review", "10:30", "11:45"), ("lunch", "12:00", "13:00"),
            ("design", "11:30", "12:15"), ("1on1", "09:10", "09:40"), ("retro", "16:00", "17:00")]
def minutes(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)
def fmt(m):
    return f"{m // 60:02d}:{m % 60:02d}"
iv = sorted((minutes(s), minutes(e), name) for name, s, e in meetings)
merged = []
for s, e, name in iv:
    if merged and s <= merged[-1][1]:
        ps, pe, names = merged[-1]
        merged[-1] = (ps, max(pe, e), names + [name])
    else:
        merged.append((s, e, [name]))
for s, e, names in merged:
    print(f"{fmt(s)}-{fmt(e)} {'+'.join(names)}")
conflicts = [(a[2], b[2]) for i, a in enumerate(iv) for b in iv[i + 1:] if b[0] < a[1]]
print("conflicts:", conflicts)
day = (minutes("08:00"), minutes("18:00"))
free, cur = [], day[0]
for s, e, _ in merged:
    if s > cur: free.append((cur, s))
    cur = max(cur, e)
if cur < day[1]: free.append((cur, day[1]))
print("free:", ", ".join(f"{fmt(a)}-{fmt(b)} ({b - a}m)" for a, b in free))
longest = max(free, key=lambda p: p[1] - p[0])
print("longest free:", fmt(longest[0]), (longest[1] - longest[0]) // 60, "h", (longest[1] - longest[0]) % 60, "m")
def days_in_month(y, m):
    if m == 2: return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def day_of_year(date):
    y, m, d = (int(p) for p in date.split("-"))
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"invalid date {date!r}")
    return sum(days_in_month(y, k) for k in range(1, m)) + d
def weekday(date):
    y, m, d = map(int, date.split("-"))
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3: y -= 1
    return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7]
for dte in ["2024-01-01", "2024-03-01", "2023-12-31", "2000-02-29", "1900-02-29"]:
    try:
        print(dte, day_of_year(dte), weekday(dte))
    except ValueError as e:
        print(e)
jobs = [("build", 3, ["fetch"]), ("fetch", 1, []), ("test", 5, ["build"]), ("lint", 2, ["fetch"]), ("ship", 1, ["test", "lint"])]
finish = {}
def done_at(name):
    if name not in finish:
        dur, deps = next((d, p) for n, d, p in jobs if n == name)
        finish[name] = dur + max((done_at(p) for p in deps), default=0)
    return finish[name]
print({n: done_at(n) for n, _, _ in jobs}, max(finish.values()))
