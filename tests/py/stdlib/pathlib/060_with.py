# with_name, with_stem, with_suffix and their errors
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(f, *args):
    try:
        print(repr(f(*args)))
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

p = P('/a/b.txt')
for n in ['c', 'c.py', '.x', '..', 'a/b', '', '.', '/', 'x/', 'a\\b']:
    t(p.with_name, n)
for s in ['c', 'c.py', '.x.y', '']:
    t(p.with_stem, s)
for s in ['.py', '', '.tar.gz', '.', 'py', '/', '.a/b', 'a\\b', '.x.']:
    t(p.with_suffix, s)
t(P('/a/b').with_suffix, '.c')
t(P('/a/b.c.d').with_suffix, '')
t(P('/').with_name, 'x')
t(P('').with_name, 'x')
t(P('/').with_suffix, '.x')
t(P('.').with_stem, 'x')
t(p.with_suffix, None)
t(p.with_name, None)
t(p.with_stem, None)

w = W('c:/a/b.txt')
for n in ['c', 'c:', 'c:d', 'x/y', 'x\\y', '/', '..']:
    t(w.with_name, n)
for s in ['.PY', '.a/b', '.a\\b', 'x']:
    t(w.with_suffix, s)
t(W('c:/').with_name, 'x')
t(W('//srv/sh/').with_suffix, '.x')
