# PureWindowsPath: drives, UNC shares, extended prefixes, separators
from pathlib import PureWindowsPath as W

cases = ['c:', 'c:/', 'C:\\', 'c:a', 'c:/a/b', 'c:\\a\\b\\', '/a', '\\a',
         'a/b', '//server/share', '//server/share/x/y', '\\\\server\\share\\x',
         '//server', '//server/', '///x/y', '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\sh\\d',
         '\\\\.\\device\\x', 'c:..', '1:/x', '', '.', 'a/./b/../c']
for s in cases:
    p = W(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root),
          repr(p.anchor), p.is_absolute())

print(W('c:/a', 'd:b'))
print(W('c:/a', 'c:b'))
print(W('C:a', 'c:b'))
print(W('c:/x', 'd:y', '/z'))
print(W('c:', '/', 'a'))
print(W('c:/a', '/b'))
print(W('//srv/sh/a', '/b'))
print(W('c:/A/b').as_posix(), W('a/b').as_posix())
print(W('C:/a') == W('c:/A'), W('c:/a') == W('c:/b'))
print(hash(W('C:/ABC')) == hash(W('c:/abc')))
print(W('c:/a') < W('C:/B'), W('C:/Z') > W('c:/a'))
print(str(W('a/b')), bytes(W('a/b')))
