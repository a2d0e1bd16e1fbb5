import os
import glob
base = "/tmp/kaa_glob_%s_%d" % (os.path.basename(__file__)[:3], os.getpid())
def mk(*files):
    for f in files:
        full = os.path.join(base, f)
        if f.endswith("/"):
            os.makedirs(full, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            os.close(os.open(full, os.O_WRONLY | os.O_CREAT))
def cleanup(top):
    for d, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(d, f))
        for x in dirs:
            p = os.path.join(d, x)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(top)
def show(pattern, **kw):
    r = sorted(glob.glob(os.path.join(base, pattern), **kw))
    print(repr(pattern), [os.path.relpath(x, base) + ("/" if x.endswith("/") else "") for x in r])
mk("a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", "sub/.h/g.py", "empty/", "x[1].txt")
try:
    show('.*')
    show('*', include_hidden=True)
    show('.h*')
    show('sub/.*/*')
    show('sub/*/*')
    show('sub/*/*', include_hidden=True)
    show('[.]*')
    show('?hidden.py')
finally:
    cleanup(base)
