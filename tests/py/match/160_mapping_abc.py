from collections.abc import Mapping
from collections import OrderedDict, Counter, ChainMap, UserDict
import types

class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

def f(x):
    match x:
        case {"a": v, **rest}:
            return ("a", v, sorted(rest.items()))
        case {}:
            return "mapping"
        case _:
            return "no"

for v in [MyMap(a=1, b=2), MyMap(), OrderedDict(a=3), Counter("aab"), ChainMap({"a": 4}), UserDict(a=5),
          types.MappingProxyType({"a": 6}), [("a", 1)], "a"]:
    print(type(v).__name__, f(v))
