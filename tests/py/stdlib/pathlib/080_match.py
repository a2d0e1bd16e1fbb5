# PurePath.match: relative patterns match from the right, anchored ones whole
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(p, pat):
    try:
        print(repr(p), repr(pat), p.match(pat))
    except (ValueError, TypeError, AttributeError) as e:
        print(repr(p), repr(pat), type(e).__name__, e)

for pat in ['*.py', 'b/*.py', 'a/*.py', '/a/*.py', '/a/b/*.py', '*', '**/*.py',
            '/*/*/*', '*/*', 'c.PY', '?.py', '[ab]/c.py', 'a/b/c.py/', '/']:
    t(P('/a/b/c.py'), pat)
t(P('a/b'), '*')
t(P('a/b'), 'a/b/c')
t(P(''), '*')
t(P('a'), '')
t(P('a'), '.')
t(P('a'), None)
t(P('a/B.TXT'), '*.txt')
t(W('C:/A/B.TXT'), '*.txt')
t(W('c:/a/b.txt'), 'C:/A/*.TXT')
t(W('c:/a/b.txt'), 'd:/a/*.txt')
t(W('c:/a/b.txt'), '/a/*.txt')
t(W('c:a/b.txt'), 'c:*.txt')
t(W('//srv/sh/x.txt'), '//SRV/sh/*.txt')
t(W('a\\b'), 'a/b')
