"""A small inventory system: classes, properties, exceptions, f-strings,
comprehensions and sorting with keys."""

from __future__ import annotations

import math
from collections import defaultdict
from functools import total_ordering


class InventoryError(Exception):
    """Raised when an operation would leave the inventory inconsistent."""

    def __init__(self, message, *, sku=None):
        super().__init__(message)
        self.sku = sku

    def __str__(self):
        base = super().__str__()
        return f"{base} (sku={self.sku!r})" if self.sku is not None else base


@total_ordering
class Item:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, tags=()):
        if price < 0:
            raise InventoryError("negative price", sku=sku)
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = frozenset(tags)

    @property
    def value(self) -> float:
        return self.price * self.quantity

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.quantity})"


class Inventory:
    def __init__(self):
        self._items: dict[str, Item] = {}
        self._log = []

    def add(self, item, /, *, replace=False):
        if item.sku in self._items and not replace:
            raise InventoryError("duplicate item", sku=item.sku)
        self._items[item.sku] = item
        self._log.append(("add", item.sku))
        return self

    def remove(self, sku):
        try:
            item = self._items.pop(sku)
        except KeyError as exc:
            raise InventoryError("no such item", sku=sku) from exc
        else:
            self._log.append(("remove", sku))
            return item
        finally:
            self._log.append(("attempt-remove", sku))

    def restock(self, **amounts):
        for sku, amount in amounts.items():
            if (item := self._items.get(sku)) is None:
                continue
            item.quantity += amount

    def __iter__(self):
        yield from sorted(self._items.values())

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def total_value(self):
        return sum(item.value for item in self)

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in sorted(item.tags):
                groups[tag].append(item.sku)
        return {tag: skus for tag, skus in sorted(groups.items()) if skus}

    def cheapest(self, n=1):
        return [item.sku for item in sorted(self)[:n]]

    def report(self, width=40):
        lines = [f"{'sku':<8}{'name':<16}{'value':>{width - 24}}"]
        lines += [f"{i.sku:<8}{i.name:<16}{i.value:>{width - 24}.2f}" for i in self]
        lines.append("-" * width)
        lines.append(f"{'total':<24}{self.total_value():>{width - 24}.2f}")
        return "\n".join(lines)


def percentile(values, p):
    """Linear-interpolated percentile of a non-empty list."""
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return ordered[int(k)]
    return ordered[lo] * (hi - k) + ordered[hi] * (k - lo)


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


if __name__ == "__main__":
    main()
