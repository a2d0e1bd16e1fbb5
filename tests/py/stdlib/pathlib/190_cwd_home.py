# cwd, home, absolute, expanduser; owner/group without pwd/grp
import os, sys, tempfile
from pathlib import Path, PosixPath

print(Path.cwd() == Path(os.getcwd()), type(Path.cwd()).__name__)
print(Path.cwd().is_absolute())
print(Path('x').absolute() == Path(os.getcwd()) / 'x')
print(Path('/abs/x').absolute(), Path('a/../b').absolute() == Path.cwd() / 'a/../b')
os.environ['HOME'] = '/home/tester'
print(Path.home(), Path('~').expanduser(), Path('~/sub/f').expanduser())
print(Path('x/~').expanduser(), Path('/~').expanduser(), Path('a~').expanduser())
try:
    Path('~no_such_user_kaa/x').expanduser()
except RuntimeError as e:
    print(type(e).__name__, e)

class Mine(PosixPath):
    pass

print(type(Mine.cwd()).__name__, type(Mine.home()).__name__, Mine.home())

sys.modules['pwd'] = None
sys.modules['grp'] = None
for meth in ('owner', 'group'):
    try:
        getattr(Path('.'), meth)()
    except NotImplementedError as e:
        print(type(e).__name__, e)
    try:
        getattr(Path('missing-file'), meth)()
    except NotImplementedError as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        print(Path.cwd() == Path(tmp).resolve(), Path('.').resolve() == Path.cwd())
        print(Path('f').resolve() == Path.cwd() / 'f')
    finally:
        os.chdir('/')
