import dataclasses
import pprint
@dataclasses.dataclass
class Item:
    name: str
    values: list
    hidden: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass
class Pair:
    left: object
    right: object
pprint.pprint(Item('a long name ' * 3, list(range(20))))
pprint.pprint([Item('x', [Item('y', list(range(25)))])], width=40)
pprint.pprint(Item('short', [1]))
pprint.pprint(Pair(Pair(list(range(10)), 'r' * 30), None), width=30)
p = Pair(None, list(range(30)))
p.left = p
pprint.pprint(p)
@dataclasses.dataclass(repr=False)
class NoRepr:
    data: list
    def __repr__(self):
        return 'NoRepr(...)' + 'x' * 80
pprint.pprint(NoRepr([1]))
@dataclasses.dataclass
class Custom:
    data: list
    def __repr__(self):
        return 'Custom!' + 'y' * 80
pprint.pprint(Custom([1]))
@dataclasses.dataclass
class Empty:
    pass
pprint.pprint([Empty()] * 3, width=10)
pprint.pprint(Item, width=5)
class Child(Item):
    pass
pprint.pprint(Child('child', list(range(30)), 5), width=50)
