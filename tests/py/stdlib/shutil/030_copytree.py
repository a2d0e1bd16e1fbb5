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
    for f in ['t/a.py', 't/b.txt', 't/sub/c.py', 't/sub/deep/d.txt', 't/__pycache__/x.pyc']:
        os.makedirs(os.path.dirname(j(f)), exist_ok=True)
        write(j(f), f.encode())
    os.mkdir(j('t', 'emptydir'))
    os.symlink('a.py', j('t', 'link'))
    print(r(shutil.copytree(j('t'), j('c1'))))
    print(tree(j('c1')), os.path.islink(j('c1', 'link')))
    shutil.copytree(j('t'), j('c2'), symlinks=True, ignore=shutil.ignore_patterns('*.txt', '__pycache__'))
    print(tree(j('c2')), os.path.islink(j('c2', 'link')))
    try:
        shutil.copytree(j('t'), j('c1'))
    except FileExistsError as e:
        print(type(e).__name__, r(e))
    shutil.copytree(j('t'), j('c1'), dirs_exist_ok=True)
    print(read(j('c1', 'sub', 'c.py')))
    seen = []
    def ign(d, names):
        seen.append((r(d), sorted(names)))
        return {'sub'}
    shutil.copytree(j('t'), j('c3'), ignore=ign, copy_function=shutil.copy)
    print(seen, tree(j('c3')))
    try:
        shutil.copytree(j('missing'), j('c4'))
    except FileNotFoundError as e:
        print(type(e).__name__, r(e))
    print(shutil.ignore_patterns('*.py', 'b*')('x', ['a.py', 'b.txt', 'c']) == {'a.py', 'b.txt'})
    os.symlink('nowhere', j('t', 'dangling'))
    try:
        shutil.copytree(j('t'), j('c5'))
    except shutil.Error as e:
        print(type(e).__name__, len(e.args[0]), r(e.args[0][0][0]))
    shutil.copytree(j('t'), j('c6'), ignore_dangling_symlinks=True)
    print('dangling' in os.listdir(j('c6')))
finally:
    shutil.rmtree(base)
