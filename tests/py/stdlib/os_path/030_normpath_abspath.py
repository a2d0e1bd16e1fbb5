import os
import os.path as p
for s in ['', '.', '..', '/', '//', '///', '////a', '//a/b', 'a/./b', 'a/../b', '../a', '../../a/..',
          '/..', '/../a', 'a/b/../../..', 'a//b', './', 'a/.', '/a/b/c/../../d', b'/a/../b', b'', b'//x']:
    print(repr(s), repr(p.normpath(s)))
print(p.abspath('/a/../b'), p.abspath('x') == p.join(os.getcwd(), 'x'))
print(p.abspath(b'/x/./y'), p.abspath('') == os.getcwd(), p.abspath('.') == os.getcwd())
print(p.isabs('/a'), p.isabs('a'), p.isabs(''), p.isabs(b'/'), p.isabs('//x'))
print(p.normcase('AbC'), p.normcase(b'X'))
