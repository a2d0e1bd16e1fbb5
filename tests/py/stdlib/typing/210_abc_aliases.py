# The collections.abc aliases: isinstance on the bare alias, origins.
import typing
import collections.abc
from typing import (Iterable, Iterator, Sequence, Mapping, MutableMapping,
                    Hashable, Sized, Container, Collection, List, Dict)

print(isinstance([], Iterable), isinstance(1, Iterable),
      isinstance(iter([]), Iterator), isinstance((), Sequence),
      isinstance({}, Mapping), isinstance({}, MutableMapping),
      isinstance(1, Hashable), isinstance([], Hashable),
      isinstance('', Sized), isinstance(1, Container),
      isinstance(set(), Collection))
print(issubclass(list, Sequence), issubclass(dict, Sequence),
      issubclass(list, List), issubclass(List, Sequence),
      isinstance([], List), isinstance({}, Dict), isinstance([], Dict))
for name in ['Iterable', 'Iterator', 'Sequence', 'Mapping', 'Hashable',
             'Sized', 'Callable', 'AbstractSet', 'ByteString', 'Generator',
             'Awaitable', 'Coroutine', 'AsyncIterator', 'KeysView',
             'ContextManager']:
    alias = getattr(typing, name)
    origin = alias.__origin__
    print(name, origin.__module__, origin.__name__)
print(List.__origin__, typing.Type.__origin__, typing.Tuple.__origin__)
print(typing.Iterable[int].__origin__ is collections.abc.Iterable)
print(typing.Deque.__origin__, typing.DefaultDict.__origin__)
print(typing.OrderedDict.__origin__, typing.Counter.__origin__,
      typing.ChainMap.__origin__)
d = typing.DefaultDict[str, int](int)
d['a'] += 1
print(d, type(d).__name__)
print(typing.Deque[int]([1, 2]), typing.Counter[str]('aab'))
try:
    Iterable()
except TypeError as e:
    print(type(e).__name__, e)
