# getline / getlines on this program and on names that are not files.
import linecache
import os

me = os.path.basename(__file__)
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, -1)))
print(repr(linecache.getline(me, 10000)))
lines = linecache.getlines(me)
print(len(lines) > 5, lines[-1].endswith("\n"), all(l.endswith("\n") for l in lines))
print(repr(linecache.getline("no_such_file.py", 1)), linecache.getlines("no_such_file.py"))
print(linecache.getlines("<string>"), linecache.getlines("<frozen os>"), linecache.getlines(""))
print(repr(linecache.getline("<stdin>", 1)))
print(me in linecache.cache, "no_such_file.py" in linecache.cache)
size, mtime, cached, fullname = linecache.cache[me]
print(size == os.path.getsize(me), cached is lines, os.path.basename(fullname))
print(repr(linecache.getline("helper_latin1.py", 2)))
print(linecache.getlines("helper_latin1.py"))
# last line
