import os
import os.path as p
base = '/tmp/kaa_os_path_100_%d' % os.getpid()
os.mkdir(base)
j = lambda *a: p.join(base, *a)
try:
    fd = os.open(j('f'), os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    os.symlink('f', j('l'))
    os.link(j('f'), j('h'))
    fd = os.open(j('g'), os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    print(p.samefile(j('f'), j('l')), p.samefile(j('f'), j('h')), p.samefile(j('f'), j('g')))
    print(p.samestat(os.stat(j('f')), os.stat(j('h'))), p.samestat(os.stat(j('f')), os.stat(j('g'))))
    a = os.open(j('f'), os.O_RDONLY)
    b = os.open(j('l'), os.O_RDONLY)
    c = os.open(j('g'), os.O_RDONLY)
    print(p.sameopenfile(a, b), p.sameopenfile(a, c))
    for fd in (a, b, c):
        os.close(fd)
    try:
        p.samefile(j('missing'), j('f'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    print(p.ismount('/'), p.ismount(b'/'), p.ismount(base), p.ismount(j('f')), p.ismount(j('missing')),
          p.ismount(j('l')))
    for n in 'flhg':
        os.remove(j(n))
finally:
    os.rmdir(base)
