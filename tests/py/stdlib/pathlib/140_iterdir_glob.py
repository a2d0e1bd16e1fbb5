# iterdir and glob (listings sorted: directory order is not specified)
import os, tempfile
from pathlib import Path

def show(it):
    try:
        print(sorted(str(p.relative_to(d)) for p in it))
    except (OSError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e if not isinstance(e, OSError) else e.errno)

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    for name in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt',
                 'sub/deep/f.py', 'other/g.PY']:
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).touch()
    show(d.iterdir())
    show((d / 'sub').iterdir())
    show((d / 'a.py').iterdir())
    show((d / 'nope').iterdir())
    for pat in ['*.py', '*', '*/', '?.py', '[ab].py', '[!a]*.py', 'sub/*',
                'sub/*.py', '*/*.py', '*/*/*', 'sub', 'sub/', 'nope', 'a.py',
                'a.py/', 'sub/deep/f.py', 'sub/..', '*.PY', 'sub/./d.py']:
        print(pat, end=': ')
        show(d.glob(pat))
    for pat in ['', '/abs', 'a**', 'x/**y']:
        print(repr(pat), end=': ')
        show(d.glob(pat))
    show((d / 'a.py').glob('*'))
    show((d / 'nope').glob('*'))
    g = d.glob('')
    print(type(g).__name__)
