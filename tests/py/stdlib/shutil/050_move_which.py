import os
import shutil
import stat
base = "/tmp/kaa_shutil_%s_%d" % (os.path.basename(__file__)[:3], os.getpid())
os.mkdir(base)
j = lambda *a: os.path.join(base, *a)
r = lambda s: str(s).replace(base, "B")
def write(p, data):
    with open(p, "wb") as f:
        f.write(data)
def read(p):
    with open(p, "rb") as f:
        return f.read()
def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(d, top)
        out.extend(os.path.join(rel, f) for f in sorted(files))
        out.extend(os.path.join(rel, x) + "/" for x in dirs)
    return sorted(out)

try:
    write(j('f'), b'data')
    print(r(shutil.move(j('f'), j('g'))), os.path.exists(j('f')), read(j('g')))
    os.mkdir(j('d'))
    print(r(shutil.move(j('g'), j('d'))), os.listdir(j('d')))
    write(j('g'), b'again')
    try:
        shutil.move(j('g'), j('d'))
    except shutil.Error as e:
        print(type(e).__name__, r(e))
    os.makedirs(j('tree', 'sub'))
    write(j('tree', 'sub', 'x'), b'x')
    print(r(shutil.move(j('tree'), j('moved'))), tree(j('moved')))
    try:
        shutil.move(j('moved'), j('moved', 'sub'))
    except shutil.Error as e:
        print(type(e).__name__, r(e))
    try:
        shutil.move(j('missing'), j('x'))
    except FileNotFoundError as e:
        print(type(e).__name__, r(e))
    print(shutil.which('sh') is not None, shutil.which('kaa-no-such-program'), shutil.which('sh', path=''))
    print(shutil.which('x', path=base), shutil.which(j('g')))
    os.chmod(j('g'), 0o755)
    print(r(shutil.which('g', path=base)), r(shutil.which(j('g'))), r(shutil.which(j('g').encode())))
    u = shutil.disk_usage(base)
    print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free, all(isinstance(x, int) for x in u))
    os.environ['COLUMNS'] = '100'
    os.environ['LINES'] = '40'
    print(shutil.get_terminal_size())
    del os.environ['COLUMNS'], os.environ['LINES']
    print(shutil.get_terminal_size((33, 11)))
finally:
    shutil.rmtree(base)
