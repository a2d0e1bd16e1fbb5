class Prop:
    __match_args__ = ("p",)
    @property
    def p(self):
        raise KeyError("from property")
    @property
    def q(self):
        raise AttributeError("no q")

match Prop():
    case Prop(q=1):
        print("no")
    case _:
        print("AttributeError means the pattern fails")

try:
    match Prop():
        case Prop(x):
            print("no")
except KeyError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        raise RuntimeError("len failed")
    def __getitem__(self, i):
        return i
import collections.abc
collections.abc.Sequence.register(BadLen)
try:
    match BadLen():
        case [a]:
            pass
except RuntimeError as e:
    print(type(e).__name__, e)
