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
    write(j('src'), b'abc')
    os.chmod(j('src'), 0o640)
    os.utime(j('src'), (1000000000, 1100000000))
    os.mkdir(j('d'))
    print(r(shutil.copy(j('src'), j('d'))), r(shutil.copy(j('src'), j('c1'))))
    print(oct(stat.S_IMODE(os.stat(j('c1')).st_mode)), os.stat(j('c1')).st_mtime == 1100000000)
    print(r(shutil.copy2(j('src'), j('c2'))), os.stat(j('c2')).st_mtime)
    print(oct(stat.S_IMODE(os.stat(j('c2')).st_mode)))
    write(j('m'), b'')
    os.chmod(j('m'), 0o600)
    shutil.copymode(j('src'), j('m'))
    print(oct(stat.S_IMODE(os.stat(j('m')).st_mode)))
    shutil.copystat(j('src'), j('m'))
    print(os.stat(j('m')).st_mtime_ns)
    try:
        shutil.copy(j('src'), j('src'))
    except shutil.SameFileError as e:
        print(type(e).__name__, r(e))
    try:
        shutil.copymode(j('missing'), j('m'))
    except FileNotFoundError as e:
        print(type(e).__name__, r(e))
    os.symlink('src', j('ls'))
    print(r(shutil.copy2(j('ls'), j('c3'), follow_symlinks=False)), os.path.islink(j('c3')))
finally:
    shutil.rmtree(base)
