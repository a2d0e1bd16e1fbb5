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
    os.makedirs(j('t', 'a', 'b'))
    write(j('t', 'a', 'f'), b'x')
    write(j('t', 'g'), b'y')
    os.symlink(j('t', 'a'), j('t', 'la'))
    os.mkdir(j('keep'))
    write(j('keep', 'k'), b'k')
    os.symlink(j('keep'), j('t', 'to_keep'))
    shutil.rmtree(j('t'))
    print(os.path.exists(j('t')), os.listdir(j('keep')))
    calls = []
    def onerror(func, path, exc_info):
        calls.append((func.__name__, r(path), exc_info[0].__name__))
    shutil.rmtree(j('missing'), onerror=onerror)
    write(j('file'), b'')
    shutil.rmtree(j('file'), onerror=onerror)
    os.symlink(j('keep'), j('lk'))
    shutil.rmtree(j('lk'), onerror=onerror)
    for c in calls:
        print(c)
    shutil.rmtree(j('missing'), ignore_errors=True)
    for p in ('missing', 'lk'):
        try:
            shutil.rmtree(j(p))
        except OSError as e:
            print(type(e).__name__, r(e))
    print(sorted(os.listdir(base)))
finally:
    shutil.rmtree(base)
