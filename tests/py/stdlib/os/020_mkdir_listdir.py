import os
base = '/tmp/kaa_os_020_%d' % os.getpid()
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, 'a'))
    os.mkdir(os.path.join(base, 'b'), 0o755)
    fd = os.open(os.path.join(base, 'f.txt'), os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(base.encode())))
    try:
        os.mkdir(os.path.join(base, 'a'))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(base, 'a'))
    try:
        os.listdir(os.path.join(base, 'nope'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.listdir(os.path.join(base, 'f.txt'))
    except NotADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.makedirs(os.path.join(base, 'x', 'y', 'z'))
    print(sorted(os.listdir(os.path.join(base, 'x', 'y'))))
    os.makedirs(os.path.join(base, 'x', 'y', 'z'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'x', 'y'))
    except FileExistsError as e:
        print('exists', e.errno)
    try:
        os.makedirs(os.path.join(base, 'f.txt'), exist_ok=True)
    except FileExistsError as e:
        print('file in the way', e.errno)
    os.removedirs(os.path.join(base, 'x', 'y', 'z'))
    print(sorted(os.listdir(base)))
    try:
        os.rmdir(base)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.rmdir(os.path.join(base, 'a'))
    os.rmdir(os.path.join(base, 'b'))
    os.remove(os.path.join(base, 'f.txt'))
    print(os.listdir(base))
finally:
    os.rmdir(base)
print(os.path.exists(base))
