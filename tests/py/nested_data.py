# Nested lists/dicts/tuples: building, walking, printing, copying.
config = {"servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": []}], "debug": False, "ratio": 0.5}
print(config)
print(config["servers"][0]["ports"][-1], len(config["servers"][1]["ports"]))
def walk(node, depth=0):
    if isinstance(node, dict):
        for k, v in node.items():
            print("  " * depth + str(k))
            walk(v, depth + 1)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            print("  " * depth + f"[{i}]")
            walk(v, depth + 1)
    else:
        print("  " * depth + repr(node))
walk(config)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(row) for row in zip(*matrix)]
print(matrix, transposed)
print([sum(row) for row in matrix], [sum(col) for col in zip(*matrix)])
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
pairs = {(x, y): x * y for x in range(3) for y in range(2)}
print(pairs[(2, 1)], sorted(pairs)[:3])
deep = [1, [2, [3, [4, [5]]]]]
total = 0
stack = [deep]
while stack:
    cur = stack.pop()
    for item in cur:
        if isinstance(item, list):
            stack.append(item)
        else:
            total += item
print(total)
