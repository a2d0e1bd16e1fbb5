import os
base = '/tmp/kaa_os_100_%d' % os.getpid()
os.mkdir(base)
j = lambda *p: os.path.join(base, *p)
try:
    fd = os.open(j('target'), os.O_WRONLY | os.O_CREAT)
    os.write(fd, b'xyz')
    os.close(fd)
    os.symlink('target', j('rel'))
    os.symlink(j('target'), j('abs'))
    print(os.readlink(j('rel')), os.readlink(j('abs')) == j('target'))
    print(os.readlink(j('rel').encode()))
    print(os.path.islink(j('rel')), os.path.islink(j('target')))
    print(os.stat(j('rel')).st_size, os.lstat(j('rel')).st_size)
    try:
        os.symlink('target', j('rel'))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename2 == j('rel'))
    try:
        os.readlink(j('target'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.readlink(j('none'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    os.link(j('target'), j('hard'))
    print(os.stat(j('target')).st_nlink, os.path.samefile(j('target'), j('hard')))
    try:
        os.link(j('none'), j('hard2'))
    except FileNotFoundError as e:
        print(str(e).replace(base, 'B'))
    os.symlink('loop', j('loop'))
    try:
        os.stat(j('loop'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print(os.path.exists(j('loop')), os.path.lexists(j('loop')))
    for n in ('rel', 'abs', 'hard', 'loop'):
        os.unlink(j(n))
    print(os.listdir(base))
finally:
    os.remove(j('target'))
    os.rmdir(base)
