from collections.abc import Sequence, MutableSequence, Mapping

class MySeq(Sequence):
    def __init__(self, *a):
        self.a = list(a)
    def __getitem__(self, i):
        return self.a[i]
    def __len__(self):
        return len(self.a)

class Registered:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10

class NotRegistered(Registered):
    pass

Sequence.register(Registered)

class Sub(MySeq):
    pass

def f(x):
    match x:
        case [a, b]:
            return ("pair", a, b)
        case [*r]:
            return ("seq", r)
        case _:
            return "no"

for v in [MySeq(1, 2), MySeq(1, 2, 3), Registered(), Sub(7, 8), NotRegistered()]:
    print(type(v).__name__, f(v))
print("__abc_tpflags__" in Sequence.__dict__)
