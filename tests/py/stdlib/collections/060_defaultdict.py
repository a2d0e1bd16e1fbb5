# defaultdict: factories, nesting, repr, copy, errors
from collections import defaultdict

words = ['apple', 'bob', 'avocado', 'cat', 'banana']
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts))
seen = defaultdict(set)
seen['a'].add(1)
seen['a'].add(1)
print(seen, defaultdict(lambda: 'n/a')['k'])

def tree():
    return defaultdict(tree)

t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
print(t['a']['b']['c'], sorted(t['a']), type(t['q']).__name__)

d = defaultdict(None, {'a': 1})
print(d, d.default_factory)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(d.get('missing'), 'missing' in d)
for bad in (1, 'str'):
    try:
        defaultdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(defaultdict(list, {1: 2}, a=3), defaultdict(int, [(1, 2)]), defaultdict())
d = defaultdict(list)
d.default_factory = int
print(d['x'], d)
del d.default_factory
print(d.default_factory)
d = defaultdict(list)
d[1] = d
print(d)
c = defaultdict(list, x=[1])
c2 = c.copy()
c2['y'].append(2)
print(c, c2, type(c2).__name__, c.__copy__())
a = defaultdict(int, a=1)
b = {'b': 2}
print(a | b, b | a, type(b | a).__name__)
a |= {'c': 3}
print(a, a == {'a': 1, 'c': 3})
print(a.__reduce__()[:2], defaultdict().__reduce__()[:2])
print(isinstance(a, dict), defaultdict.__mro__)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(defaultdict.fromkeys('ab'), a.__missing__('new'), a)
