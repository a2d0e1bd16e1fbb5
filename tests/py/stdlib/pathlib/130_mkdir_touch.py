# mkdir (parents, exist_ok), touch (exist_ok), rmdir errors
import os, tempfile
from pathlib import Path

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except OSError as e:
        print(type(e).__name__, e.errno, os.path.relpath(e.filename, tmp))

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    t((d / 'a').mkdir)
    t((d / 'a').mkdir)
    t((d / 'a').mkdir, exist_ok=True)
    t((d / 'x/y/z').mkdir)
    t((d / 'x/y/z').mkdir, parents=True)
    t((d / 'x/y/z').mkdir, parents=True)
    t((d / 'x/y/z').mkdir, parents=True, exist_ok=True)
    print(sorted(str(p.relative_to(d)) for p in d.glob('**')))
    (d / 'file').touch()
    t((d / 'file').mkdir, exist_ok=True)
    t((d / 'file').mkdir, parents=True, exist_ok=True)
    t((d / 'file/sub').mkdir, parents=True)
    t((d / 'file').touch)
    t((d / 'file').touch, exist_ok=False)
    t((d / 'new').touch, exist_ok=False)
    t((d / 'nodir/new').touch)
    t((d / 'x').rmdir)
    t((d / 'missing').rmdir)
    t((d / 'file').rmdir)
    t((d / 'a').unlink)
    t((d / 'm').mkdir, mode=0o700)
    print(oct((d / 'm').stat().st_mode & 0o777))
    (d / 'm').chmod(0o750)
    print(oct((d / 'm').stat().st_mode & 0o777))
    (d / 'file').chmod(0o600)
    print(oct((d / 'file').stat().st_mode & 0o777))
    t((d / 'missing').chmod, 0o600)
    t((d / 'missing').stat)
    t((d / 'missing').lstat)
