import os
base = '/tmp/kaa_os_040_%d' % os.getpid()
os.mkdir(base)
name = os.path.join(base, 'data')
try:
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    print(type(fd).__name__, fd > 2)
    print(os.write(fd, b'hello world'))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
    os.lseek(fd, 0, 0)
    print(os.read(fd, 0))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        os.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e)
    fd = os.open(name, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'!')
    os.close(fd)
    fd = os.open(name, os.O_RDONLY)
    print(os.read(fd, 100))
    try:
        os.read(fd, -1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        os.write(fd, b'x')
    except OSError as e:
        print(type(e).__name__, e)
    os.close(fd)
    try:
        os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.open(os.path.join(base, 'nope'), os.O_RDONLY)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    fd = os.open(name, os.O_RDONLY)
    print(os.get_inheritable(fd))
    os.close(fd)
    os.closerange(1000, 1010)
    os.remove(name)
finally:
    os.rmdir(base)
