"""An LRU cache written with OrderedDict, checked against functools."""
from collections import OrderedDict
import functools


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return value


cache = LRU(3)
ref = functools.lru_cache(maxsize=3)(lambda k: k * k)
keys = [1, 2, 3, 1, 4, 5, 1, 2, 3, 3, 3, 6, 1]
for k in keys:
    assert cache.get(k, lambda x: x * x) == ref(k)
info = ref.cache_info()
print(cache.hits, cache.misses, list(cache.data.items()))
print(info.hits, info.misses, info.currsize)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
