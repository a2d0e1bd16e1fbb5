# symlink_to, readlink, is_symlink, lstat, resolve, samefile, hard links
import os, tempfile
from pathlib import Path

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r.relative_to(base) if isinstance(r, Path) and r.is_absolute() else r))
    except (OSError, RuntimeError) as e:
        msg = str(e).replace(str(base), '<tmp>')
        print(type(e).__name__, msg)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp).resolve()
    d = base
    (d / 'target.txt').write_text('data')
    (d / 'dir').mkdir()
    link = d / 'link'
    print(link.symlink_to('target.txt'))
    (d / 'dlink').symlink_to(d / 'dir', target_is_directory=True)
    (d / 'dangling').symlink_to('missing')
    for n in ['target.txt', 'link', 'dlink', 'dangling', 'missing']:
        p = d / n
        print(n, p.is_symlink(), p.exists(), p.is_file(), p.is_dir())
    t(link.readlink)
    t((d / 'dlink').readlink)
    t((d / 'target.txt').readlink)
    t((d / 'missing').readlink)
    print(link.read_text(), link.lstat().st_size != link.stat().st_size)
    t(link.resolve)
    t((d / 'dangling').resolve)
    t((d / 'dangling').resolve, strict=True)
    t((d / 'dir/../link').resolve)
    t((d / 'nope/x').resolve)
    (d / 'loop1').symlink_to('loop2')
    (d / 'loop2').symlink_to('loop1')
    t((d / 'loop1').resolve)
    t((d / 'loop1').resolve, strict=True)
    print((d / 'loop1').exists(), (d / 'loop1').is_symlink())
    t(link.samefile, d / 'target.txt')
    t(link.samefile, str(d / 'target.txt'))
    t(link.samefile, d / 'dir')
    t(link.samefile, d / 'missing')
    (d / 'hard').hardlink_to(d / 'target.txt')
    print((d / 'hard').read_text(), (d / 'target.txt').stat().st_nlink)
    t((d / 'hard').hardlink_to, d / 'target.txt')
    t((d / 'link').symlink_to, 'x')
    (d / 'target.txt').link_to(d / 'hard2')
    print((d / 'hard2').read_text(), (d / 'target.txt').stat().st_nlink)
    print(sorted(p.name for p in d.iterdir()))
