import os
import stat
base = '/tmp/kaa_os_110_%d' % os.getpid()
os.mkdir(base)
name = os.path.join(base, 'f')
try:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)
    os.chmod(name, 0o600)
    print(oct(stat.S_IMODE(os.stat(name).st_mode)))
    os.chmod(name, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
    print(oct(stat.S_IMODE(os.stat(name).st_mode)), stat.filemode(os.stat(name).st_mode))
    print(os.access(name, os.F_OK), os.access(name, os.R_OK | os.W_OK | os.X_OK))
    print(os.access(os.path.join(base, 'none'), os.F_OK))
    os.utime(name, (1000000000, 1200000000))
    st = os.stat(name)
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
    os.utime(name, ns=(1500000000123456789, 1600000000987654321))
    st = os.stat(name)
    print(st.st_atime_ns, st.st_mtime_ns, st[8])
    os.utime(name, times=(1.5, 2.25))
    print(os.stat(name).st_mtime, os.stat(name).st_atime_ns)
    os.utime(name)
    print(os.stat(name).st_mtime > 1600000000)
    for args, kw in [((name, (1,)), {}), ((name, 5), {}), ((name,), {'ns': (1,)}),
                     ((name, (1, 2)), {'ns': (1, 2)})]:
        try:
            os.utime(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        os.chmod(os.path.join(base, 'none'), 0o600)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    fd = os.open(name, os.O_RDONLY)
    os.fchmod(fd, 0o640)
    os.close(fd)
    print(oct(os.stat(name).st_mode))
    os.chmod(base, 0o755)
    print(stat.filemode(os.stat(base).st_mode))
    os.remove(name)
finally:
    os.rmdir(base)
