import os
calls = [
    (os.stat, (1.5,), {}), (os.stat, ([1],), {}), (os.stat, ('a\0b',), {}),
    (os.stat, (b'a\0b',), {}), (os.stat, (), {}), (os.stat, ('/', 1), {}),
    (os.stat, ('/',), {'foo': 1}), (os.listdir, (1.5,), {}), (os.listdir, ('/', 'x'), {}),
    (os.mkdir, (3,), {}), (os.remove, (None,), {}), (os.rename, ('a', 3), {}),
    (os.chdir, (1.0,), {}), (os.close, (2 ** 40,), {}), (os.close, ('x',), {}),
    (os.read, (0, 2 ** 70), {}), (os.lseek, (0, 2 ** 70, 0), {}), (os.mkdir, ('/tmp/zz', 2 ** 40), {}),
    (os.write, (1, 'x'), {}), (os.write, (1, 3), {}), (os.strerror, ('x',), {}),
    (os.urandom, (-1,), {}), (os.access, ('x', 'r'), {}), (os.cpu_count, (1,), {}),
    (os.getcwd, (1,), {}), (os.open, ('/tmp', 'x'), {}), (os.putenv, ('', 'x'), {}),
    (os.unsetenv, ('a=b',), {}), (os.fspath, (), {}), (os.lstat, (1,), {}),
    (os.stat, (), {'path': '/nonexistent_kaa'}), (os.umask, ('x',), {}),
    (os.set_inheritable, (1, 'x'), {}), (os.pipe, (1,), {}), (os.closerange, ('a', 2), {}),
    (os.readlink, (1,), {}), (os.symlink, ('a',), {}), (os.utime, (), {}),
    (os.scandir, ('/', 1), {}), (os.dup2, (1,), {}), (os.truncate, ('/x', 'y'), {}),
]
for f, a, kw in calls:
    try:
        r = f(*a, **kw)
        print(f.__name__, 'returned', r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
