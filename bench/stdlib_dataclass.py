# dataclasses: creating many instances, reading fields, ordering and
# equality, replace() and frozen instances as dict keys.
from dataclasses import dataclass, field, replace


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    qty: int = 1


@dataclass(frozen=True)
class Point:
    x: int
    y: int


items = [Item((i * 37) % 101, "item%d" % i, i % 5) for i in range(150000)]
print(sum(it.qty * it.priority for it in items))
items.sort()
print(items[0].priority, items[-1].priority, items[0] == Item(items[0].priority, "x", items[0].qty))

points = {}
for i in range(150000):
    p = Point(i % 300, (i * 7) % 300)
    points[p] = points.get(p, 0) + 1
print(len(points), max(points.values()))

moved = [replace(p, x=p.x + 1) for p in list(points)[:20000]]
print(sum(p.x for p in moved), repr(moved[0]))
