import os
import os.path as p
base = p.realpath('/tmp') + '/kaa_os_path_060_%d' % os.getpid()
os.mkdir(base)
j = lambda *a: p.join(base, *a)
r = lambda s: s.replace(base, 'B') if isinstance(s, str) else s.replace(base.encode(), b'B')
try:
    os.makedirs(j('a', 'b'))
    os.symlink('a', j('la'))
    os.symlink(j('a', 'b'), j('lb'))
    os.symlink('../la', j('a', 'up'))
    os.symlink('l2', j('l1'))
    os.symlink('l1', j('l2'))
    os.symlink('self', j('self'))
    os.symlink('missing/x', j('dangling'))
    for s in ['la', 'la/b', 'lb', 'lb/..', 'a/up', 'a/up/b', 'la/../a', 'l1', 'l2/x', 'self', 'dangling',
              'missing', 'a/./b/../b', '']:
        print(repr(s), r(p.realpath(j(s))))
    print(r(p.realpath(j('la').encode())))
    for s in ['la', 'a/b', 'missing', 'l1', 'self', 'dangling']:
        try:
            print(s, r(p.realpath(j(s), strict=True)))
        except OSError as e:
            print(s, type(e).__name__, e.errno, r(e.filename))
    cwd = os.getcwd()
    os.chdir(j('a'))
    try:
        print(r(p.realpath('b')), r(p.realpath('../la/b')), r(p.realpath('.')), r(p.realpath('up/../..')))
    finally:
        os.chdir(cwd)
    print(p.realpath('/'), p.realpath('//'), p.realpath('/..'))
finally:
    for n in ['la', 'lb', 'a/up', 'l1', 'l2', 'self', 'dangling']:
        os.unlink(j(n))
    os.rmdir(j('a', 'b'))
    os.rmdir(j('a'))
    os.rmdir(base)
