# The module: __all__, where the classes say they live, _collections_abc.
import collections.abc
import _collections_abc

print(collections.abc.__all__)
print(collections.abc.Mapping is _collections_abc.Mapping)
print(collections.abc.Sequence, collections.abc.Sequence.__module__)
print(collections.abc.Callable.__qualname__, collections.abc.KeysView.__mro__)
print([c.__name__ for c in collections.abc.Sequence.__mro__])
print([c.__name__ for c in collections.abc.MutableMapping.__mro__])
print([c.__name__ for c in collections.abc.ItemsView.__mro__])
print(collections.abc.ByteString.__mro__[1].__name__)
print(type(collections.abc.Set).__name__)
