# UserDict: a dict held in .data, easy to subclass
from collections import UserDict

u = UserDict({'a': 1}, b=2)
print(u, u.data, len(u), u['a'], 'a' in u, u.get('z', 0), u.get('a'), list(u), repr(UserDict()))
print(u.copy(), type(u.copy()).__name__, u == {'a': 1, 'b': 2}, u != {'a': 1})
for bad in (lambda: u['z'], lambda: UserDict(1), lambda: UserDict({}, {})):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
u2 = UserDict(u)
print(u2 | {'c': 3}, {'c': 3} | u2, u2 | UserDict(d=4), type(u2 | {}).__name__)
u2 |= {'e': 5}
print(u2, UserDict.fromkeys('ab'), UserDict.fromkeys('ab', 1))
print(UserDict(dict=1), UserDict(self=2))
u2.update([('f', 6)], g=7)
del u2['a']
print(u2, u2.pop('f'), u2.setdefault('h', 8), u2.popitem(), sorted(u2.keys()))

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'missing ' + key

lo = Lower(A=1)
lo['B'] = 2
lo.update({'C': 3})
print(lo, lo['zz'], 'zz' in lo, lo.get('zz'), lo.copy(), type(lo.copy()).__name__)

class Tracked(UserDict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)

t = Tracked(x=1)
t2 = t.copy()
print(t.log, t2.log, t2, t2.log is t.log)
import collections.abc
print(isinstance(u, collections.abc.MutableMapping), isinstance(u, dict))
