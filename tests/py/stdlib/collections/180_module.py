# the collections module: __all__, collections.abc, ABC registration, type names
import collections
import collections.abc
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple
from collections import UserDict, UserList, UserString

print(sorted(collections.__all__))
print(collections.abc.Mapping.__name__, collections.abc.MutableSequence.__module__)
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(isinstance(defaultdict(), collections.abc.MutableMapping), isinstance(OrderedDict(), collections.abc.Mapping))
print(isinstance(Counter(), collections.abc.Mapping), isinstance(ChainMap(), collections.abc.MutableMapping))
print(isinstance(OrderedDict().keys(), collections.abc.KeysView), isinstance(OrderedDict().items(), collections.abc.Set))
print(isinstance(UserList(), collections.abc.MutableSequence), isinstance(UserString(''), collections.abc.Sequence))
print(isinstance(iter(deque()), collections.abc.Iterator), isinstance(namedtuple('T', 'a')(1), collections.abc.Sequence))
print(issubclass(UserDict, collections.abc.MutableMapping), issubclass(deque, collections.abc.Hashable))
for t in (deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString):
    print(t.__name__, t.__module__, t)
print(type(iter(deque())), type(reversed(deque())), type(iter(OrderedDict())))
print(type(OrderedDict().keys()), type(OrderedDict().values()), type(OrderedDict().items()))
print(deque.__doc__.splitlines()[0], OrderedDict.__doc__)
print(defaultdict.__doc__.splitlines()[0])
print(callable(namedtuple), namedtuple.__name__)
print(collections.deque is deque, OrderedDict.__base__ is dict, Counter.__base__ is dict)
