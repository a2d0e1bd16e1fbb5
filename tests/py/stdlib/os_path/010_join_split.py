import os.path as p
for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b'), ('a', ''), ('', 'a'), ('', ''), ('a', 'b', 'c'),
             ('/', 'x'), ('a//', 'b'), ('a', '/'), (b'a', b'b'), (b'/x', b'y', b'/z')]:
    print(args, repr(p.join(*args)))
for s in ['a/b', '/a/b', 'a/b/', '/', '//', '///a', 'a', '', 'a//b', '//a//b//', b'a/b', b'/']:
    print(repr(s), p.split(s), p.splitdrive(s))
