# rename and replace return the new path; errors for missing sources
import os, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        a = Path('a.txt')
        a.write_text('A')
        b = a.rename('b.txt')
        print(repr(b), a.exists(), b.read_text())
        c = b.rename(Path('c.txt'))
        print(repr(c), c.read_text())
        Path('d.txt').write_text('D')
        e = c.replace('d.txt')
        print(repr(e), e.read_text(), c.exists())
        Path('dir').mkdir()
        f = e.rename(Path('dir') / 'f.txt')
        print(repr(f), sorted(map(str, Path('.').rglob('*'))))
        for op in ('rename', 'replace'):
            try:
                getattr(Path('missing'), op)('x')
            except FileNotFoundError as err:
                print(type(err).__name__, err)
        Path('g.txt').touch()
        try:
            Path('g.txt').rename('dir')
        except OSError as err:
            print(type(err).__name__, err.errno)
        try:
            Path('dir').rename('g.txt')
        except OSError as err:
            print(type(err).__name__, err.errno)
        print(repr(Path('g.txt').absolute().relative_to(Path.cwd())))
    finally:
        os.chdir('/')
