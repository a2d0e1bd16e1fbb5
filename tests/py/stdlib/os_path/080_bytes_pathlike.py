import os.path as p

class P:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s

print(p.join(P('a'), P('b')), p.join(P(b'a'), b'b'))
print(p.split(P('/x/y')), p.splitext(P('a.b')), p.basename(P(b'/q/r')), p.dirname(P('/q/r')))
print(p.normpath(P('a/../b')), p.isabs(P('/a')), p.relpath(P('/a/b'), P('/a')))
print(p.commonpath([P('/a/b'), P('/a/c')]), p.commonprefix([P('ab'), P('ac')]))
print(p.expanduser(P('x')), p.expandvars(P(b'x')), p.normcase(P('Q')), p.splitdrive(P('/s')))
print(p.exists(P('/')), p.isdir(P(b'/')))
print(p.sep, p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.defpath, p.devnull)
print(p.supports_unicode_filenames)
print(sorted(n for n in p.__all__)[:8])
