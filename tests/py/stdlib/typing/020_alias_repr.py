# Reprs of the aliases of the standard collections.
from typing import (List, Dict, Set, FrozenSet, Tuple, Type, DefaultDict,
                    Optional)
import typing

for name in ['List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Callable',
             'Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping',
             'MutableMapping', 'AbstractSet', 'MutableSet', 'Collection',
             'Container', 'Reversible', 'Hashable', 'Sized', 'ByteString',
             'Generator', 'AsyncGenerator', 'Awaitable', 'Coroutine',
             'AsyncIterable', 'AsyncIterator', 'KeysView', 'ValuesView',
             'ItemsView', 'MappingView', 'ContextManager',
             'AsyncContextManager', 'Deque', 'DefaultDict', 'OrderedDict',
             'Counter', 'ChainMap', 'Pattern', 'Match']:
    alias = getattr(typing, name)
    print(name, repr(alias), alias._nparams, alias._inst)

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[...])
print(Type[int], List[None], List['int'], List[Optional[int]])
print(DefaultDict[str, int], typing.Counter[str], typing.Deque[int])
print(typing.Mapping[str, int], typing.Iterable[bytes])
print(typing.Generator[int, None, str])
print(List[1], List[int].__name__, List[int].__qualname__, List[int].__module__)
