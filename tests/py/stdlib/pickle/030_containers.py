# tuples, lists, dicts, sets and frozensets, every protocol
import pickle

values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a'],
          {}, {1: 2}, {'a': 1, 'b': [2]}, set(), {1}, {1, 2, 3}, frozenset(),
          frozenset({5}), ((), [()], {(): ()}), [[1, [2, [3]]]],
          complex(1.5, -2), 1j]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, v, data, back == v and type(back) is type(v))
