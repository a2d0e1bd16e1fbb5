# deque: mutation during iteration, argument errors, subclasses, recursion
from collections import deque

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
attempt(lambda: next(it))
attempt(lambda: next(it))
d = deque([1, 2, 3])
it = reversed(d)
d.popleft()
attempt(lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
d[0] = 'x'
d.reverse()
print(list(it))

class Clears:
    def __eq__(self, other):
        victim.clear()
        return False

for op in ('count', 'index', 'contains', 'remove'):
    victim = deque([Clears(), 1])
    f = {'count': lambda: victim.count(1), 'index': lambda: victim.index(1),
         'contains': lambda: 1 in victim, 'remove': lambda: victim.remove(1)}[op]
    attempt(f)

attempt(lambda: deque(1))
attempt(lambda: deque([1], 2, 3))
attempt(lambda: deque([1], foo=1))
attempt(lambda: deque([1], iterable=[2]))
attempt(lambda: deque().append())
attempt(lambda: deque().append(1, 2))
attempt(lambda: deque().pop(0))
attempt(lambda: deque().extend(5))
attempt(lambda: deque().index())
attempt(lambda: deque([1]).index(1, 'a'))
attempt(lambda: deque().insert(1))
attempt(lambda: deque().insert('a', 1))
attempt(lambda: deque([1])['a'])
attempt(lambda: deque([1])[0:1])
attempt(lambda: deque.append(1, 2))
attempt(lambda: deque.__new__(int))
attempt(lambda: deque().foo)

e = deque()
e.append(e)
print(e)
print(deque[int])

class D(deque):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'made'

s = D('ab', 4)
print(s, type(s.copy()).__name__, s.copy().tag, s + D('c'), type(s * 2).__name__)
print(isinstance(s, deque), D.__mro__[1] is deque, s.__reduce__()[:3])
