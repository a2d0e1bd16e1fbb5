# singledispatch with abstract base classes: implicit (structural) and
# registered subclasses, their place in the MRO, ambiguous matches.
import _collections_abc as cabc
from functools import singledispatch


@singledispatch
def kind(x):
    return "object"


kind.register(cabc.Sequence, lambda x: "sequence")
kind.register(cabc.Mapping, lambda x: "mapping")
kind.register(cabc.Iterable, lambda x: "iterable")
kind.register(str, lambda x: "str")
print(kind([1]), kind((1,)), kind({}), kind({1}), kind("s"), kind(5))
print(kind(iter([])), kind(range(3)), kind(b"x"), kind(frozenset()))


class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        return k

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


class Registered:
    pass


print(kind(MyMap()), kind(Registered()))
cabc.Sequence.register(Registered)
print(kind(Registered()))

ambiguous = singledispatch(lambda x: "object")
ambiguous.register(cabc.Sized, lambda x: "sized")
ambiguous.register(cabc.Iterable, lambda x: "iterable")
try:
    ambiguous([1])
except RuntimeError as e:
    print("RuntimeError", e)


class OnlyLen:
    def __len__(self):
        return 0


print(ambiguous(OnlyLen()), ambiguous(5))
ambiguous.register(list, lambda x: "list")
print(ambiguous([1]))

mut = singledispatch(lambda x: "object")
mut.register(cabc.MutableSequence, lambda x: "mutable sequence")
mut.register(cabc.Sequence, lambda x: "sequence")


class L(list):
    pass


print(mut([]), mut(()), mut(L()), mut("ab"), mut(5))

nested = singledispatch(lambda x: "object")
nested.register(cabc.Container, lambda x: "container")
nested.register(cabc.Collection, lambda x: "collection")
nested.register(cabc.Reversible, lambda x: "reversible")
for value in ([1], set(), {}):
    try:
        print(type(value).__name__, nested(value))
    except RuntimeError as e:
        print(type(value).__name__, "RuntimeError", e)


class Has:
    def __contains__(self, x):
        return True


print(nested(Has()))
