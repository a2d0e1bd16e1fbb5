# The / operator, __rtruediv__ and joinpath
from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath
import os

p = P('a/b')
print(p / 'c', p / 'c/d', p / '/abs', p / '', p / '.', p / P('x'))
print('x' / p, '/root' / p, P('/a') / 'b' / 'c')
print(p.joinpath('c', 'd', '/e', 'f'))
print(p.joinpath(), p.joinpath(P('q'), 'r'))
print(os.fspath(p / 'z'))

w = W('c:/a')
print(w / 'b', w / 'c:b', w / 'C:b', w / 'd:b', w / '/x', w / '//srv/sh/q')
print(W('c:a') / '/x', W('a') / 'c:b', W('/a') / 'c:b')
print('c:/x' / W('c:y'), 'c:/x' / W('y'))
print(W('c:/a', 'c:b'), W('c:/a') / 'c:b')

for bad in [1, None, 2.5, b'x']:
    try:
        p / bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad / p
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        p.joinpath(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# mixing flavours: a pure path of the other flavour is taken by its parts
print(repr(P('x') / W('y/z')), repr(W('x') / P('y/z')))
print(repr(P(W('c:/a'))))
