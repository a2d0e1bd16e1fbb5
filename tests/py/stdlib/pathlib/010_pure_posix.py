# PurePosixPath: parsing, str/repr, parts, drive/root/anchor
from pathlib import PurePath, PurePosixPath

cases = ['', '.', 'a', 'a/b', 'a//b', 'a/./b', 'a/../b', '/', '//', '///',
         '//a/b', '///a/b', '/a/b/', 'a/b/.', './a', '..', 'a\\b', '~/x']
for s in cases:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root),
          repr(p.anchor))

print(PurePosixPath('a', 'b', 'c'))
print(PurePosixPath('a', '/b', 'c'))
print(PurePosixPath('/a', '', 'b', '.'))
print(PurePosixPath())
print(PurePosixPath(PurePosixPath('x/y'), 'z'))
print(type(PurePath('a')).__name__, PurePath('a/b'))
print(PurePosixPath('a/b').as_posix())

class S(str):
    pass

class PL:
    def __fspath__(self):
        return 'from/fspath'

print(PurePosixPath(S('sub/str')), type(str(PurePosixPath(S('x')))).__name__)
print(PurePosixPath(PL(), 'z'))

for bad in [1, None, b'bytes', ['a']]:
    try:
        PurePosixPath('a', bad)
    except TypeError as e:
        print(type(e).__name__, e)

class BadFs:
    def __fspath__(self):
        return 42

try:
    PurePosixPath(BadFs())
except TypeError as e:
    print(type(e).__name__, e)
try:
    PurePosixPath('a', x=1)
except TypeError as e:
    print(type(e).__name__, e)
