import os
base = '/tmp/kaa_os_050_%d' % os.getpid()
os.mkdir(base)
j = lambda *p: os.path.join(base, *p)
def touch(p, data=b''):
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.write(fd, data)
    os.close(fd)
try:
    touch(j('a'), b'A')
    os.rename(j('a'), j('b'))
    print(sorted(os.listdir(base)))
    touch(j('c'), b'C')
    os.replace(j('c'), j('b'))
    print(sorted(os.listdir(base)), os.path.getsize(j('b')))
    try:
        os.rename(j('missing'), j('x'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename == j('missing'), e.filename2 == j('x'))
        print(str(e).replace(base, 'BASE'))
    os.mkdir(j('d'))
    try:
        os.rename(j('b'), j('d'))
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
    os.renames(j('b'), j('n1', 'n2', 'file'))
    print(sorted(os.listdir(base)), os.listdir(j('n1', 'n2')))
    os.renames(j('n1', 'n2', 'file'), j('back'))
    print(sorted(os.listdir(base)))
    os.unlink(j('back'))
    try:
        os.remove(j('back'))
    except FileNotFoundError as e:
        print(str(e).replace(base, 'BASE'))
    try:
        os.remove(j('d'))
    except (IsADirectoryError, PermissionError) as e:
        print('remove dir', type(e).__name__)
    os.rename(j('d'), j('d2').encode())
    print(sorted(os.listdir(base)))
    os.rmdir(j('d2'))
    print(os.listdir(base))
finally:
    os.rmdir(base)
