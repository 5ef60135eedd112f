def main():
    inv = Inventory()
    inv.add(Item("a1", "apple", 0.5, 100, tags={"fruit", "fresh"}))
    inv.add(Item("b2", "bread", 2.25, 20, tags=["bakery"]))
    inv.add(Item("c3", "cheese", 7.0, 5, tags=("dairy", "fresh")))
    inv.add(Item("d4", "dates", 4.75, 0, tags=("fruit",)))
    try:
        inv.add(Item("a1", "apricot", 0.8))
    except InventoryError as e:
        print("error:", e)
    try:
        Item("x", "bad", -1)
    except InventoryError as e:
        print("error:", e)
    inv.restock(d4=12, zz=3)
    print(len(inv), "a1" in inv, "zz" in inv)
    print(inv.report())
    print(inv.by_tag())
    print(inv.cheapest(2))
    removed = inv.remove("b2")
    print("removed", removed)
    try:
        inv.remove("b2")
    except InventoryError as e:
        print("error:", e, type(e.__cause__).__name__)
    prices = [item.price for item in inv]
    print(round(percentile(prices, 50), 3), round(percentile(prices, 90), 3))
    print(inv._log[-3:])
    flags = {sku: ("low" if item.quantity < 10 else "ok") for sku, item in inv._items.items()}
    print(flags)
    print(not inv.total_value() > 1000, -2 ** 2, 2 ** -1, 7 // 2, -7 % 3, 1 < 2 < 3 != 4)
