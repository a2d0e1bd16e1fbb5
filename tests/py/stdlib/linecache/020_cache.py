# The cache: checkcache notices changed and deleted files; clearcache.
import linecache
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "mod.py")
    with open(path, "w") as f:
        f.write("one\ntwo\nthree")
    print(linecache.getlines(path))
    print(path in linecache.cache, linecache.getline(path, 3))
    linecache.checkcache(path)
    print(path in linecache.cache)
    with open(path, "w") as f:
        f.write("changed line\n")
    os.utime(path, (1, 1))
    print(linecache.getline(path, 1), end="")
    linecache.checkcache(path)
    print(path in linecache.cache)
    print(linecache.getline(path, 1), end="")
    print(repr(linecache.getline(path, 2)))
    print(linecache.updatecache(path))
    os.remove(path)
    print(linecache.getline(path, 1), end="")
    linecache.checkcache()
    print(path in linecache.cache, linecache.getlines(path))
    with open(path, "w") as f:
        f.write("back\r\nwindows\r\n")
    print(linecache.getlines(path))
    linecache.checkcache("not cached at all")
    linecache.clearcache()
    print(linecache.cache)
    empty = os.path.join(d, "empty.py")
    open(empty, "w").close()
    print(linecache.getlines(empty), linecache.cache[empty][2])
    print(linecache.getlines(d))
    print(linecache.updatecache("<pseudo>"), linecache.updatecache(""))
