import os
import stat
base = '/tmp/kaa_stat_050_%d' % os.getpid()
os.mkdir(base, 0o750)
f = os.path.join(base, 'f')
try:
    fd = os.open(f, os.O_WRONLY | os.O_CREAT, 0o640)
    os.close(fd)
    os.chmod(f, 0o640)
    os.chmod(base, 0o750)
    os.symlink('f', os.path.join(base, 'l'))
    for name in (base, f, os.path.join(base, 'l')):
        st = os.lstat(name)
        print(stat.filemode(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode),
              stat.S_ISLNK(st.st_mode), st[stat.ST_MODE] == st.st_mode)
    print(stat.filemode(os.stat('/dev/null').st_mode)[0], stat.S_ISCHR(os.stat('/dev/null').st_mode))
    os.remove(os.path.join(base, 'l'))
    os.remove(f)
finally:
    os.rmdir(base)
