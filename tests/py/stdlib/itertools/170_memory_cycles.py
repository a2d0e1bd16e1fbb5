# Reference cycles through itertools objects are collected; buffers stay bounded
import gc
import itertools

class Node:
    pass

for make in [
    lambda n: itertools.cycle([n]),
    lambda n: itertools.chain([n]),
    lambda n: itertools.tee([n])[0],
    lambda n: itertools.groupby([n]),
    lambda n: itertools.repeat(n),
    lambda n: itertools.accumulate([n]),
]:
    n = Node()
    it = make(n)
    n.it = it
    next(it)
    del n, it
print("collected something:", gc.collect() > 0)

# A self-referencing accumulate: its total holds itself through a tuple.
acc = None
acc = itertools.accumulate([1, 2, 3], lambda a, b: (acc,))
print(next(acc), next(acc)[0] is acc)
del acc
gc.collect()

# tee keeps only what lies between its fastest and slowest reader
a, b = itertools.tee(range(100000))
total = 0
for x, y in zip(a, b):
    total += x - y
print(total)
a, b = itertools.tee(range(100000))
print(sum(a), next(b), sum(b))
