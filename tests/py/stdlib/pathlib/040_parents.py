# parent and parents (a sequence: negative indexes and slices since 3.10)
from pathlib import PurePosixPath as P, PureWindowsPath as W
from collections.abc import Sequence

for s in ['/a/b/c', 'a/b/c', '/', '.', 'a', '/a']:
    p = P(s)
    ps = p.parents
    print(repr(s), repr(p.parent), len(ps), list(ps))

ps = P('/a/b/c').parents
print(ps, isinstance(ps, Sequence))
print(ps[0], ps[1], ps[2], ps[-1], ps[-2], ps[-3])
print(ps[1:], ps[::-1], ps[:1], ps[5:], ps[-2:])
print(P('/a/b') in ps, P('/x') in ps, ps.index(P('/a')), ps.count(P('/')))
print(list(reversed(ps)))
for idx in [3, -4, 100, 'a', 1.0, None]:
    try:
        print(ps[idx])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

print(list(P('a/b/c').parents), P('a/b/c').parents[-1])
print(list(W('c:/a/b').parents), W('c:/a/b').parents)
print(list(W('c:a/b').parents), list(W('//srv/sh/a').parents))
print(W('c:/').parent, W('c:').parent, W('//srv/sh/').parent)
print(P('/').parent is not None, P('..').parent, P('../..').parent)
