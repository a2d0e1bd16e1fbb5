import os

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
for bad in (1, None, 1.5, [1], P(3)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(issubclass(P, os.PathLike), isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike))

class NotPath:
    __fspath__ = None

print(issubclass(NotPath, os.PathLike), issubclass(str, os.PathLike))
print(os.PathLike.__name__, os.PathLike.__module__)
try:
    os.PathLike()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
print(os.fsencode('abc'), os.fsencode(b'x'), os.fsencode(P('p')))
print(os.fsdecode(b'abc'), os.fsdecode('x'), os.fsdecode(P(b'p')))
print(os.fsencode('h\u00e9'), os.fsdecode(b'h\xc3\xa9'))
try:
    os.fsencode(1)
except TypeError as e:
    print(e)
print(os.path.join(P('a'), P('b')), os.stat(P('/')).st_ino == os.stat('/').st_ino)
try:
    os.stat(P(3))
except TypeError as e:
    print(e)
print(os.PathLike[str])
