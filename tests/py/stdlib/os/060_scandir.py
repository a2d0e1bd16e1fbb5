import os
base = '/tmp/kaa_os_060_%d' % os.getpid()
os.mkdir(base)
j = lambda *p: os.path.join(base, *p)
try:
    os.mkdir(j('sub'))
    fd = os.open(j('file.txt'), os.O_WRONLY | os.O_CREAT)
    os.write(fd, b'abc')
    os.close(fd)
    os.symlink('file.txt', j('link'))
    os.symlink('sub', j('dlink'))
    os.symlink('nowhere', j('broken'))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == j(e.name), os.fspath(e) == e.path,
              e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    f = [e for e in entries if e.name == 'file.txt'][0]
    print(f.stat().st_size, f.stat(follow_symlinks=False).st_size, f.inode() == os.stat(j('file.txt')).st_ino)
    l = [e for e in entries if e.name == 'link'][0]
    print(l.stat().st_size == 3, l.stat(follow_symlinks=False).st_size == len('file.txt'))
    b = [e for e in entries if e.name == 'broken'][0]
    try:
        b.stat()
    except FileNotFoundError as e:
        print('broken', e.errno)
    print(sorted(e.name for e in os.scandir(base.encode())))
    print(type(next(iter(os.scandir(base.encode()))).path).__name__)
    it = os.scandir(base)
    print(iter(it) is it)
    it.close()
    print(list(it))
    cwd = os.getcwd()
    os.chdir(j('sub'))
    try:
        print(list(os.scandir()), list(os.scandir('.')))
    finally:
        os.chdir(cwd)
    try:
        os.scandir(j('missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        os.scandir(1.5)
    except TypeError as e:
        print(e)
    print(type(entries[0]).__name__, type(entries[0]).__module__)
finally:
    for n in ('dlink', 'link', 'broken', 'file.txt'):
        os.remove(j(n))
    os.rmdir(j('sub'))
    os.rmdir(base)
