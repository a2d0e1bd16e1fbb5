import os
import tempfile
td = tempfile.TemporaryDirectory(prefix='kaa')
print(type(td.name).__name__, os.path.isdir(td.name), os.path.basename(td.name)[:3])
print(repr(td) == '<TemporaryDirectory %r>' % td.name)
os.makedirs(os.path.join(td.name, 'a', 'b'))
with open(os.path.join(td.name, 'a', 'f'), 'w') as f:
    f.write('x')
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
with tempfile.TemporaryDirectory(suffix='_s') as name:
    print(type(name).__name__, name.endswith('_s'), os.path.isdir(name))
    os.mkdir(os.path.join(name, 'sub'))
    os.chmod(os.path.join(name, 'sub'), 0o500)
print(os.path.exists(name))
with tempfile.TemporaryDirectory(dir=tempfile.gettempdir()) as name:
    os.rmdir(name)
print('removed inside: ok')
print(tempfile.TemporaryDirectory[str])
