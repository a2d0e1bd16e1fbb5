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
    write(j('src'), b'payload' * 1000)
    print(r(shutil.copyfile(j('src'), j('dst'))), read(j('dst')) == read(j('src')))
    write(j('dst'), b'old')
    shutil.copyfile(j('src'), j('dst'))
    print(os.path.getsize(j('dst')))
    for a, b in [('missing', 'x'), ('src', 'src'), ('src', 'nodir/x')]:
        try:
            shutil.copyfile(j(a), j(b))
        except OSError as e:
            print(type(e).__name__, r(e))
    os.mkdir(j('d'))
    try:
        shutil.copyfile(j('src'), j('d'))
    except IsADirectoryError as e:
        print(type(e).__name__, r(e))
    try:
        shutil.copyfile(j('d'), j('x'))
    except IsADirectoryError as e:
        print(type(e).__name__, r(e))
    os.symlink('src', j('link'))
    shutil.copyfile(j('link'), j('viafollow'))
    shutil.copyfile(j('link'), j('aslink'), follow_symlinks=False)
    print(os.path.islink(j('viafollow')), os.path.islink(j('aslink')), os.readlink(j('aslink')))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
    import io
    src, dst = io.BytesIO(b'x' * 100000), io.BytesIO()
    shutil.copyfileobj(src, dst)
    print(len(dst.getvalue()))
    src, dst = io.StringIO('text here'), io.StringIO()
    shutil.copyfileobj(src, dst, 3)
    print(dst.getvalue())
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
