import json
import enum
from collections import OrderedDict, namedtuple, defaultdict

class Color(enum.IntEnum):
    RED = 1
    GREEN = 2

class Kind(str, enum.Enum):
    A = 'a'
    B = 'b'

class Plain(enum.Enum):
    X = 1

class Flag(enum.IntFlag):
    R = 4
    W = 2

print(json.dumps([Color.RED, Kind.B, Flag.R | Flag.W, {Color.GREEN: Kind.A}]))
print(json.dumps({Color.RED: 1, Kind.A: 2}, indent=1))
try:
    json.dumps(Plain.X)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps(defaultdict(list, {'k': [1]})))
P = namedtuple('P', 'x y')
print(json.dumps(P(1, 2)), json.dumps({'p': P(3, [4])}), json.dumps([P(5, 6)], indent=1))

class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps(MyList([1, MyDict(a=MyList())])))

class ItemsDict(dict):
    def items(self):
        return [('fake', 1)]
print(json.dumps(ItemsDict(real=2)), json.dumps(ItemsDict(real=2), indent=1))
print(json.dumps(ItemsDict()))

class IterList(list):
    def __iter__(self):
        return iter([9, 9])
print(json.dumps(IterList([1, 2])), json.dumps(IterList([1, 2]), indent=None))
print(json.dumps(True), json.dumps([True, False]), json.dumps({True: False}))
