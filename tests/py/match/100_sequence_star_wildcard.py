class Seq:
    # A sequence that reports what is read from it.
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("  len")
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

import collections.abc
collections.abc.Sequence.register(Seq)

def f(x):
    match x:
        case [a, *_, b]:
            return (a, b)
        case [*_]:
            return "short"

print(f(Seq(1, 2, 3, 4)))
print(f(Seq(9)))
print(f([5, 6]))
match [1, 2, 3]:
    case [_, _, *_]:
        print("at least two")
match (1,):
    case [*_]:
        print("any sequence")
