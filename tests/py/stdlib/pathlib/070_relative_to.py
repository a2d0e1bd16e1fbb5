# relative_to and is_relative_to (3.11 messages)
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(p, *other):
    try:
        print(repr(p.relative_to(*other)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print(p.is_relative_to(*other))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

t(P('/a/b/c'), '/a')
t(P('/a/b/c'), '/a/b/c')
t(P('/a/b/c'), '/')
t(P('/a/b/c'), '/', 'a')
t(P('/a/b/c'), P('/a/b'))
t(P('/a'), '/b')
t(P('/a'), 'a')
t(P('a/b'), 'a')
t(P('a/b'), '/a')
t(P('a/b'), '')
t(P('/a'), '')
t(P('a'), 'a/b')
t(P('/a/bc'), '/a/b')
t(P('/a/b'))
t(P('/a/b'), 1)
t(W('C:/Foo/Bar'), 'c:/foo')
t(W('c:/a/b'), 'c:')
t(W('c:/a/b'), 'd:/a')
t(W('c:/a/b'), '/a')
t(W('c:a/b'), 'c:')
t(W('c:a/b'), 'c:a')
t(W('//srv/sh/a/b'), '//SRV/SH')
t(W('//srv/sh/a/b'), '//srv/sh/a/b')
t(W('/a/b'), '/a')
