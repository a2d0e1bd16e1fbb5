import os
import stat
base = '/tmp/kaa_os_030_%d' % os.getpid()
os.mkdir(base)
name = os.path.join(base, 'f')
try:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o640)
    os.write(fd, b'12345')
    os.close(fd)
    st = os.stat(name)
    print(type(st).__name__, type(st).__module__, len(st))
    print(st.st_size, st[6], st[stat.ST_SIZE])
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2], st.st_nlink)
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
    print(st[8] == int(st.st_mtime), abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    print(isinstance(st.st_blksize, int), isinstance(st.st_blocks, int), isinstance(st.st_rdev, int))
    print(st.st_uid == os.getuid(), st.st_gid == os.getgid())
    print(tuple(st)[6], st[-4], st[2:4] == (st.st_dev, st.st_nlink))
    print(type(st).n_sequence_fields, type(st).n_fields, type(st).n_unnamed_fields)
    dst = os.stat(base)
    print(stat.S_ISDIR(dst.st_mode), stat.S_ISDIR(os.lstat(base).st_mode))
    fd = os.open(name, os.O_RDONLY)
    print(os.fstat(fd).st_size, os.fstat(fd) == os.stat(name))
    os.close(fd)
    print(os.stat(name.encode()).st_size, os.stat(name, follow_symlinks=False).st_size)
    try:
        os.stat(os.path.join(base, 'missing'))
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename == os.path.join(base, 'missing'))
    r = os.stat_result(range(10))
    print(r)
    print(r.st_atime, r.st_mtime, os.stat_result(range(13)).st_atime)
    try:
        os.stat_result((1, 2))
    except TypeError as e:
        print(e)
    os.remove(name)
finally:
    os.rmdir(base)
