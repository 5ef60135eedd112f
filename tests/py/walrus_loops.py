# := in while conditions, if tests, call arguments and nested expressions.
data = [5, 4, 0, 3]
while (item := data.pop()) != 0:
    print("popped", item)
print("stopped at", item, data)
chunks = iter(["ab", "cd", ""])
out = []
while chunk := next(chunks):
    out.append(chunk.upper())
print(out)
if (n := len("hello")) > 3:
    print("long", n)
print(f"{(z := 7) * 2} {z}")
print(max(a := 3, b := 9), a, b)
def f(x):
    return (y := x + 1) * y
print(f(4))
results = []
for s in ["10", "abc", "7"]:
    if (v := s.isdigit()) and (num := int(s)) > 8:
        results.append(num)
    results.append(v)
print(results)
print((w := 1) + (w := w + 10) + w)
x = (q := [1, 2]) and q.append(3)
print(x, q)
