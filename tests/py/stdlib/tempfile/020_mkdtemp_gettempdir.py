import os
import tempfile
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
d = tempfile.gettempdir()
print(type(d).__name__, os.path.isabs(d), os.path.isdir(d), tempfile.gettempdirb() == d.encode())
print(tempfile.tempdir == d)
t = tempfile.mkdtemp()
print(os.path.isdir(t), os.path.dirname(t) == d, os.path.basename(t)[:3], oct(os.stat(t).st_mode & 0o777))
os.rmdir(t)
t = tempfile.mkdtemp(suffix='_s', prefix='p_', dir=d)
print(os.path.basename(t)[:2], t.endswith('_s'))
os.rmdir(t)
t = tempfile.mkdtemp(dir='.')
print(t.startswith('./tmp'), os.path.isdir(t))
os.rmdir(t)
t = tempfile.mkdtemp(prefix=b'bb')
print(type(t).__name__)
os.rmdir(t)
old = tempfile.tempdir
sub = tempfile.mkdtemp()
tempfile.tempdir = sub
print(tempfile.gettempdir() == sub, os.path.dirname(tempfile.mkdtemp()) == sub)
for x in os.listdir(sub):
    os.rmdir(os.path.join(sub, x))
tempfile.tempdir = old
os.rmdir(sub)
n = tempfile.mktemp()
print(os.path.exists(n), os.path.dirname(n) == d)
try:
    tempfile.mkdtemp(dir=1)
except TypeError as e:
    print(e)
