# name, suffix, suffixes, stem
from pathlib import PurePosixPath as P, PureWindowsPath as W

cases = ['a.txt', 'a.tar.gz', '.bashrc', '.a.b', 'a.', 'a..', 'a..b', '...',
         '.', '..', '/', '', 'dir/file', 'dir/file.py', 'a.b/c', 'a b.c d',
         '/x/y.z/']
for s in cases:
    p = P(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))

for s in ['c:', 'c:/', 'c:/a.b', '//srv/sh', '//srv/sh/f.tar.gz', 'c:x.y']:
    p = W(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
