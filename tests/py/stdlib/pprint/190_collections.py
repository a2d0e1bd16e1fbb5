import collections as C
import pprint
pprint.pprint(C.OrderedDict((str(i), list(range(i))) for i in range(8)))
pprint.pprint(C.OrderedDict(), width=1)
pprint.pprint(C.deque(range(40)))
pprint.pprint(C.deque(range(40), maxlen=50), width=40)
pprint.pprint(C.deque(), width=1)
pprint.pprint(C.Counter('abracadabra' * 5 + 'xyzzy'), width=20)
pprint.pprint(C.Counter(), width=1)
pprint.pprint(C.defaultdict(list, {i: [i] * 10 for i in range(5)}))
pprint.pprint(C.defaultdict(int), width=1)
pprint.pprint(C.ChainMap({'a': list(range(20))}, {'b': 'x' * 50}))
pprint.pprint(C.ChainMap(), width=1)
pprint.pprint(C.UserList(range(40)))
pprint.pprint(C.UserDict({i: 'v' * 10 for i in range(8)}))
pprint.pprint(C.UserString('user string words ' * 6), width=30)
class OD(C.OrderedDict):
    pass
pprint.pprint(OD(a=list(range(30))))
pprint.pprint({'nested': C.deque([C.Counter('aab'), C.OrderedDict(x='y' * 70)])})
pprint.pprint(C.deque(range(30)), compact=True, width=40, indent=2)
pprint.pprint(C.Counter({'k%d' % i: i for i in range(10)}), indent=3, width=30)
