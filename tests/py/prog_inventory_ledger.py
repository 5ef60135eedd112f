inventory = {}
def add_item(sku, qty, price):
    if qty <= 0:
        raise ValueError(f"quantity must be positive, got {qty}")
    if sku in inventory:
        item = inventory[sku]
        total = item["qty"] + qty
        item["price"] = round((item["price"] * item["qty"] + price * qty) / total, 2)
        item["qty"] = total
    else:
        inventory[sku] = {"qty": qty, "price": price}
def remove_item(sku, qty):
    try:
        item = inventory[sku]
    except KeyError:
        raise KeyError(f"unknown sku {sku}") from None
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} of {sku} left")
    item["qty"] -= qty
    if not item["qty"]:
        del inventory[sku]
ops = [("add", "A1", 10, 2.5), ("add", "B2", 3, 10.0), ("add", "A1", 5, 3.1), ("remove", "B2", 3),
       ("remove", "C3", 1), ("remove", "A1", 100), ("add", "D4", 0, 1.0), ("add", "D4", 2, 1.0)]
for op, *args in ops:
    try:
        (add_item if op == "add" else remove_item)(*args)
        print(f"ok   {op:<6} {args}")
    except (KeyError, ValueError) as e:
        print(f"fail {op:<6} {args}: {type(e).__name__}: {e}")
for sku, it in sorted(inventory.items()):
    print(f"{sku}: {it['qty']:>4} @ {it['price']:>6.2f} = {it['qty'] * it['price']:>8.2f}")
print(f"value: {sum(i['qty'] * i['price'] for i in inventory.values()):.2f}")
snapshot = {k: dict(v) for k, v in inventory.items()}
inventory["A1"]["qty"] = 0
print(snapshot["A1"]["qty"], inventory["A1"]["qty"])
print(list(inventory.keys()), list(inventory.values())[0], len(inventory))
merged = {**snapshot, "Z9": {"qty": 1, "price": 0.5}}
merged |= {"A1": None}
print(merged)
print(inventory.pop("nope", "default"), inventory.popitem())
print({k: v for k, v in sorted(snapshot.items(), key=lambda kv: -kv[1]["qty"])})
remove_item("Q", 1)
