import os.path as p
for s in ['a.py', 'a.b.c', '.bashrc', '..a', '...a.b', 'a.', '/x.y/z', '/x/.hidden.txt', 'noext', '',
          'a/b.c/', '.', '..', 'x/..y', b'f.txt', b'.b']:
    print(repr(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ['/', '//', '///', 'a//b', '//a', 'a/b//']:
    print(repr(s), repr(p.basename(s)), repr(p.dirname(s)))
