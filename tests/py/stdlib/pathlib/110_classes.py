# the class family, subclassing (3.11 quirks), pickling, immutability
import os, copy, pathlib
from pathlib import (PurePath, PurePosixPath, PureWindowsPath, Path,
                     PosixPath, WindowsPath)

print(type(PurePath('a')).__name__, type(Path('a')).__name__)
print([c.__name__ for c in PosixPath.__mro__])
print([c.__name__ for c in WindowsPath.__mro__])
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath))
print(sorted(pathlib.__all__))
try:
    WindowsPath('a')
except NotImplementedError as e:
    print(type(e).__name__, e)
print(repr(Path('a', 'b', x=1)))

class MyPure(PurePosixPath):
    pass

class MyPath(PosixPath):
    def hello(self):
        return 'hello ' + self.name

m = MyPath('/x/y/z.txt')
print(repr(m), m.hello(), repr(m.parent), repr(m / 'q'), repr(m.with_suffix('.py')))
print(repr(MyPure('a') / 'b'), repr('r' / MyPure('a')), [type(p).__name__ for p in m.parents])
m2 = MyPure('k')
m2.extra = 5
print(m2.extra)

for base in (PurePath, Path):
    class Direct(base):
        pass
    try:
        Direct('a')
    except AttributeError as e:
        print(type(e).__name__, e)

try:
    Path('a').foo = 1
except AttributeError as e:
    print(type(e).__name__, e)

for p in [PurePosixPath('/a/b'), PureWindowsPath('c:/x'), Path('rel/p'), MyPure('q')]:
    cls, args = p.__reduce__()
    q = cls(*args)
    print(repr(q), q == p, type(q) is type(p), p.__reduce__()[1])
    print(repr(copy.copy(p)), repr(copy.deepcopy(p)))

p = Path('a')
print(p.parts, p.drive, p.root)
try:
    p.parts = ()
except AttributeError as e:
    print(type(e).__name__)
