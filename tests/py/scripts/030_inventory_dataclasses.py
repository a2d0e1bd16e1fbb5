"""An inventory with dataclasses: defaults, ordering, asdict, replace."""
from dataclasses import dataclass, field, asdict, replace
from typing import List


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)


stock = [
    Item("widget", 2.50, 10, ["small"]),
    Item("gadget", 12.00, 3),
    Item("doohickey", 0.75, 100, ["bulk", "small"]),
    Item("gizmo", 99.99, 1),
]
for it in sorted(stock, reverse=True):
    print(it, it.value)
print(asdict(stock[0]))
restocked = replace(stock[1], qty=30)
print(restocked, restocked.sort_key)
print("total value:", round(sum(i.value for i in stock), 2))
print(stock[0] == Item("widget", 2.50, 10, ["small"]))
