import os
import os.path as p
base = '/tmp/kaa_os_path_050_%d' % os.getpid()
os.mkdir(base)
j = lambda *a: p.join(base, *a)
try:
    fd = os.open(j('f'), os.O_WRONLY | os.O_CREAT)
    os.write(fd, b'12345678')
    os.close(fd)
    os.mkdir(j('d'))
    os.symlink('f', j('lf'))
    os.symlink('nowhere', j('broken'))
    for n in ['f', 'd', 'lf', 'broken', 'missing']:
        print(n, p.exists(j(n)), p.lexists(j(n)), p.isfile(j(n)), p.isdir(j(n)), p.islink(j(n)))
    print(p.exists(j('f').encode()), p.isdir(base.encode()))
    print(p.exists('a\0b'), p.isdir(b'x\0'), p.isfile('\0'), p.islink('a\0'), p.lexists('\0'))
    print(p.exists(0), p.exists(-5), p.exists(''), p.isdir(''))
    for f in (p.exists, p.lexists, p.islink, p.isfile):
        try:
            f(1.5)
        except TypeError as e:
            print(f.__name__, e)
    print(p.getsize(j('f')), p.getsize(j('lf')))
    print(type(p.getmtime(j('f'))).__name__, p.getmtime(j('f')) == os.stat(j('f')).st_mtime,
          p.getatime(j('f')) == os.stat(j('f')).st_atime, p.getctime(j('f')) == os.stat(j('f')).st_ctime)
    try:
        p.getsize(j('missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    os.remove(j('f'))
    os.remove(j('lf'))
    os.remove(j('broken'))
    os.rmdir(j('d'))
finally:
    os.rmdir(base)
