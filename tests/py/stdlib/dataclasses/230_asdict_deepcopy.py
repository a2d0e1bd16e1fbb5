# Values that are not data classes, lists, tuples or dicts are deep-copied.
from dataclasses import dataclass, field, asdict, astuple


class Box:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return f'Box({self.items!r})'


class Counted:
    copies = 0

    def __deepcopy__(self, memo):
        Counted.copies += 1
        return 'copied'


@dataclass
class Holder:
    box: Box
    tags: set = field(default_factory=set)
    extra: object = None


box = Box([1, 2])
h = Holder(box, {3}, Counted())
d = asdict(h)
print(d)
print(d['box'] is not box, d['box'].items is not box.items, d['box'].items == box.items)
print(d['tags'] is not h.tags, Counted.copies)
t = astuple(h)
print(t, t[0] is not box, Counted.copies)
box.items.append(3)
print(d['box'], t[0], h.box)
same = Box([0])
pair = asdict(Holder(same, extra=same))
print(pair['box'] is not pair['extra'])
print(asdict(Holder(Box(None), frozenset({1}), (1, 'a', None))))
