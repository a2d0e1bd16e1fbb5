# Functions, classes and built-ins are written by qualified name.
import pickle
import collections


def top():
    return 'top'


class K:
    def method(self):
        return 'm'


for proto in range(6):
    for obj in (top, K, len, int, type(None), NotImplemented, Ellipsis,
                ValueError, ConnectionError, range, collections.OrderedDict,
                K.method):
        data = pickle.dumps(obj, proto)
        print(proto, data, pickle.loads(data) is obj)
    od = collections.OrderedDict([(1, 2), (3, 4)])
    back = pickle.loads(pickle.dumps(od, proto))
    print(proto, type(back).__name__, list(back.items()))

f = lambda: 1
try:
    pickle.dumps(f)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).endswith("attribute lookup <lambda> on __main__ failed"))


def outer():
    def inner():
        pass
    return inner


try:
    pickle.dumps(outer())
except AttributeError as e:
    print(type(e).__name__, e)

alias = top
top2 = top
del top
try:
    pickle.dumps(top2)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).endswith("attribute lookup top on __main__ failed"))
