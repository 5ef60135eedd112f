# A small inventory system: validation through exceptions, closures for
# event logging, nested dicts, sorting and formatted reports.
def make_logger():
    events = []
    def log(kind, **details):
        events.append((kind, details))
    return log, events
log, events = make_logger()
inventory = {}
def add_item(sku, name, qty, price):
    if not sku or not sku.isalnum():
        raise ValueError(f"bad sku {sku!r}")
    if qty < 0:
        raise ValueError(f"negative quantity for {sku}: {qty}")
    if sku in inventory:
        raise KeyError(f"duplicate sku {sku}")
    inventory[sku] = {"name": name, "qty": qty, "price": price}
    log("add", sku=sku, qty=qty)
def remove_stock(sku, qty):
    item = inventory[sku]
    if item["qty"] < qty:
        raise RuntimeError(f"only {item['qty']} of {sku} left, wanted {qty}")
    item["qty"] -= qty
    log("remove", sku=sku, qty=qty)
ops = [
    lambda: add_item("A1", "anvil", 5, 99.5),
    lambda: add_item("B2", "bucket", 40, 3.25),
    lambda: add_item("C3", "chisel", 12, 7.0),
    lambda: add_item("A1", "again", 1, 1.0),
    lambda: add_item("bad sku", "x", 1, 1.0),
    lambda: add_item("D4", "drill", -3, 50.0),
    lambda: remove_stock("B2", 15),
    lambda: remove_stock("A1", 9),
    lambda: remove_stock("Z9", 1),
    lambda: remove_stock("C3", 12),
]
for i, op in enumerate(ops):
    try:
        op()
        print(f"op {i}: ok")
    except (ValueError, KeyError, RuntimeError) as e:
        print(f"op {i}: {type(e).__name__}: {e}")
print(f"{'sku':<5}{'name':<8}{'qty':>5}{'value':>10}")
for sku, item in sorted(inventory.items(), key=lambda kv: -kv[1]["qty"] * kv[1]["price"]):
    print(f"{sku:<5}{item['name']:<8}{item['qty']:>5}{item['qty'] * item['price']:>10.2f}")
print("out of stock:", [s for s, it in inventory.items() if it["qty"] == 0])
print(len(events), events[-1], sum(d["qty"] for k, d in events if k == "remove"))
