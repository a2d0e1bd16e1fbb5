import pprint
values = [1, 'a', [1, 2], (1,), {'a': [1, (2, 3)]}, {1, 2}, frozenset(), None,
          b'x', 2.5, True, [[], {}], print, object, pprint, ValueError('x')]
for v in values:
    r = pprint.saferepr(v)
    print(r if not r.startswith('<') else r.split(' ')[0],
          pprint.isreadable(v), pprint.isrecursive(v))
class Empty:
    def __repr__(self):
        return ''
print(repr(pprint.isreadable(Empty())), repr(pprint.isreadable([Empty()])),
      repr(pprint.isreadable({1: Empty()})))
print(pprint.saferepr({'b': [3, 2], 'a': (1,)}))
print(pprint.saferepr(list(range(100)))[-10:])
p = pprint.PrettyPrinter()
print(p.format([1, {2: 3}], {}, 0, 0))
print(p.format([1, [2, [3]]], {}, 2, 0))
print(p.format({'a': {'b': 1}}, {}, 1, 0))
