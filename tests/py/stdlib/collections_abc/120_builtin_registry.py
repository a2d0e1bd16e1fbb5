# Which ABCs each built-in type belongs to (registered, or found by
# __subclasshook__), as a table of names.
import collections.abc as cabc
import types
from collections import deque, OrderedDict, defaultdict, Counter

ABCS = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
        'Sized', 'Container', 'Collection', 'Callable', 'Set', 'MutableSet',
        'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView',
        'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']


def gen():
    yield 1


class C:
    def m(self):
        pass


samples = [
    ('int', 1), ('str', 'ab'), ('bytes', b'ab'), ('tuple', (1,)),
    ('list', [1]), ('range', range(3)), ('set', {1}), ('frozenset', frozenset()),
    ('dict', {}), ('keys', {}.keys()), ('values', {}.values()),
    ('items', {}.items()), ('mappingproxy', types.MappingProxyType({})),
    ('deque', deque()), ('OrderedDict', OrderedDict()),
    ('defaultdict', defaultdict()), ('Counter', Counter()),
    ('list_iterator', iter([])), ('reversed', reversed([])),
    ('str_iterator', iter('')), ('range_iterator', iter(range(2))),
    ('big_range_iterator', iter(range(1 << 100))), ('set_iterator', iter(set())),
    ('dict_keyiterator', iter({})), ('dict_itemiterator', iter({}.items())),
    ('zip', zip()), ('map', map(str, [])), ('enumerate', enumerate([])),
    ('generator', gen()), ('function', gen), ('lambda', lambda: 0),
    ('builtin', len), ('method', C().m), ('builtin_method', [].append),
    ('type', int), ('None', None),
]
for name, obj in samples:
    print(f'{name:18}', ' '.join(a for a in ABCS if isinstance(obj, getattr(cabc, a))))
