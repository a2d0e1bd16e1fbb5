# Iterators of itertools and deque stepped by for loops, list(), sum(),
# next(): subclasses that override __next__ keep their own.
import itertools as it
from collections import deque


class Count(it.count):
    def __next__(self):
        return 'own'


print(list(it.islice(Count(), 3)), next(Count()))
for v in Count(5):
    print(v)
    break


class Chain(it.chain):
    pass


print(list(Chain('ab', 'c')), sum(it.chain.from_iterable([[1, 2], [3]])))
print([k for k, _ in it.groupby('aabbbc')], list(it.accumulate([1, 2, 3])))
p = it.product('ab', repeat=2)
print(list(p), list(p), next(p, 'done'))
try:
    next(it.repeat(1, 0))
except StopIteration as e:
    print(type(e).__name__, e.args)
d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(iter(d)))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
i = iter(deque([1]))
print(next(i), next(i, 'end'), list(i))
r = reversed(deque('xyz'))
print(type(r).__name__, ''.join(r))


def gen():
    yield from it.islice(it.count(), 3)
    yield from iter(deque('ab'))


print(list(gen()), dict(zip(it.count(), deque('pq'))))
