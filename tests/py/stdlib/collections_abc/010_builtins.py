# Built-in types against every ABC of collections.abc.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator,
                             Sized, Container, Callable, Collection, Set, MutableSet,
                             Mapping, MutableMapping, MappingView, KeysView, ItemsView,
                             ValuesView, Sequence, MutableSequence, ByteString)

abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
        Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView,
        KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString]


def gen():
    yield 1


samples = [
    ("int", 1), ("str", "ab"), ("bytes", b"ab"), ("list", [1]), ("tuple", (1,)),
    ("range", range(3)), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset()),
    ("keys", {1: 2}.keys()), ("items", {1: 2}.items()), ("values", {1: 2}.values()),
    ("list_iter", iter([])), ("gen", gen()), ("func", len), ("lambda", lambda: 0),
    ("None", None), ("type", int), ("float", 1.5),
]
for name, obj in samples:
    hits = [a.__name__ for a in abcs if isinstance(obj, a)]
    print(f"{name:10}", " ".join(hits))

print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, MutableSequence))
print(issubclass(bool, Hashable), issubclass(list, Hashable), issubclass(type(None), Hashable))
