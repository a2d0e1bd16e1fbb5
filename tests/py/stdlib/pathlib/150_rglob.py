# rglob and '**' patterns
import os, tempfile
from pathlib import Path

def show(it):
    try:
        print(sorted(str(p.relative_to(d)) for p in it))
    except (OSError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    for name in ['a.py', 'x/b.py', 'x/y/c.py', 'x/y/z/d.txt', 'w/e.py',
                 '.h/i.py']:
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).touch()
    for pat in ['*.py', '*.txt', '*', '*/', 'y/*.py', 'c.py', '', 'y', 'y/']:
        print('rglob', repr(pat), end=': ')
        show(d.rglob(pat))
    for pat in ['**', '**/', '**/*.py', 'x/**', 'x/**/*.py', '**/y/*',
                '**/**', '**/**/*.txt', 'x/**/z/*']:
        print('glob', repr(pat), end=': ')
        show(d.glob(pat))
    for pat in ['/x', 'a**b']:
        print('rglob', repr(pat), end=': ')
        show(d.rglob(pat))
    # results are unique even when '**' can match several ways
    res = list(d.glob('**/**/*.py'))
    print(len(res) == len(set(res)), len(res))
    # symlinked directories are not followed by '**'
    os.symlink(d / 'x', d / 'link')
    show(d.glob('**/c.py'))
    show(d.glob('*/y'))
