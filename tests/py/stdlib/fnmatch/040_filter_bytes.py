import fnmatch
names = ['a.py', 'b.txt', 'c.py', '.hidden.py', 'd.PY']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, '[!a]*'), fnmatch.filter([], '*'))
print(fnmatch.filter(iter(names), '?.*'), fnmatch.filter('abc', '[ab]'))
print(fnmatch.fnmatch(b'x.py', b'*.py'), fnmatch.fnmatchcase(b'\xff', b'?'), fnmatch.filter([b'a', b'b'], b'a'))
print(fnmatch.fnmatchcase(b'[', b'['), fnmatch.fnmatchcase(b'ab', b'[a-c]b'))
print(fnmatch.__all__)
