import os
base = '/tmp/kaa_os_070_%d' % os.getpid()
j = lambda *p: os.path.join(base, *p)
for d in ('', 'a', 'a/aa', 'b', 'c'):
    os.mkdir(j(d))
for f in ('top.txt', 'a/x', 'a/aa/y', 'b/z'):
    fd = os.open(j(f), os.O_WRONLY | os.O_CREAT)
    os.close(fd)
os.symlink(j('a'), j('c', 'link'))

def show(it):
    for top, dirs, files in it:
        print(os.path.relpath(top, base), sorted(dirs), sorted(files))

def sorted_walk(*args, **kw):
    for top, dirs, files in os.walk(*args, **kw):
        dirs.sort()
        yield top, dirs, files

try:
    show(sorted_walk(base))
    print('--- bottom up')
    show(sorted(os.walk(base, topdown=False), key=lambda t: t[0]))
    print('--- followlinks')
    show(sorted_walk(base, followlinks=True))
    print('--- pruned')
    for top, dirs, files in os.walk(base):
        dirs[:] = [d for d in sorted(dirs) if d != 'a']
        print(os.path.relpath(top, base), dirs, sorted(files))
    print('--- errors')
    errors = []
    print(list(os.walk(j('missing'), onerror=errors.append)))
    print(type(errors[0]).__name__, errors[0].errno)
    print(list(os.walk(j('missing'))))
    print('--- bytes')
    print(sorted(t[0] for t in os.walk(base.encode()))[0] == base.encode())
finally:
    os.remove(j('c', 'link'))
    for f in ('top.txt', 'a/x', 'a/aa/y', 'b/z'):
        os.remove(j(f))
    for d in ('a/aa', 'a', 'b', 'c', ''):
        os.rmdir(j(d))
