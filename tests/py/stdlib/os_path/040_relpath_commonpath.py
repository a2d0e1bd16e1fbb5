import os
import os.path as p
for a, b in [('/a/b', '/a/c/d'), ('/a/b', '/a/b'), ('/a', '/'), ('/', '/a/b'), ('a/b', 'a'),
             ('/x/y/z', '/x'), (b'/a/b', b'/a')]:
    print(a, b, repr(p.relpath(a, b)))
print(p.relpath(os.getcwd()), p.relpath(p.join(os.getcwd(), 'sub', 'f')))
for paths in [['/a/b', '/a/c'], ['/a/b/c', '/a/b'], ['a/b', 'a/c'], ['/a', '/b'], ['/usr/lib', '/usr/local'],
              ['a', 'a'], ['./a/b', 'a/./b/c'], [b'/x/y', b'/x/z'], ['/'], 'ab']:
    print(paths, repr(p.commonpath(paths)))
for m in [['/usr/lib', '/usr/local'], [], ['abc'], ['abc', 'abd', 'ab'], [[1, 2], [1, 3]], ['', 'a']]:
    print(m, repr(p.commonprefix(m)))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        p.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [('',), ('a', b'b'), (1,)]:
    try:
        p.relpath(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
