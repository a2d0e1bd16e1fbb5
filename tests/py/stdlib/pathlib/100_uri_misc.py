# as_uri, is_absolute, is_reserved, os.fspath, bytes, str
import os
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for s in ['/', '/a b/c%d', '/a/\u00fc\u20ac', '//host/x', '/~user/a+b&c=d#e?f',
          'rel']:
    t(lambda: P(s).as_uri())
for s in ['c:/', 'C:/a b/c', 'c:/\u00fc', '//server/share/x y', '/rel',
          'c:rel', '\\\\?\\c:\\x']:
    t(lambda: W(s).as_uri())

for s in ['/a', 'a', '//a', '']:
    print(repr(s), P(s).is_absolute(), P(s).is_reserved())
for s in ['c:/a', 'c:a', '/a', '//srv/sh', '//srv/sh/x', 'a']:
    print(repr(s), W(s).is_absolute())
for s in ['nul', 'NUL', 'nul.txt', 'c:/a/con', 'aux .x', 'com1', 'COM\u00b9',
          'lpt9:x', 'com0', 'conin$', 'a/prn', '//srv/sh/nul', 'nul/x', '',
          'CON ', 'xnul']:
    print(repr(s), W(s).is_reserved())

print(os.fspath(P('a/b')), os.fspath(W('a/b')), bytes(P('/a/\u00fc')))
print(str(P('x')), P('x').__fspath__(), type(os.fspath(P('x'))).__name__)
print(isinstance(P('a'), os.PathLike), issubclass(W, os.PathLike))
print(os.path.join(P('a'), 'b'), os.path.basename(P('/x/y.z')))
