import os
import tempfile
f = tempfile.NamedTemporaryFile()
print(type(f).__name__, os.path.exists(f.name), os.path.basename(f.name)[:3], f.delete)
f.write(b'hello')
f.flush()
print(os.path.getsize(f.name), f.mode if hasattr(f, 'mode') else None)
f.seek(0)
print(f.read())
f.close()
print(os.path.exists(f.name), f.closed)
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('line1\nline2\n')
    f.seek(0)
    print(list(f), f.name.endswith('.txt'))
    name = f.name
print(os.path.exists(name))
with tempfile.NamedTemporaryFile(delete=False, prefix='keep') as f:
    f.write(b'kept')
    name = f.name
print(os.path.exists(name), os.path.basename(name)[:4])
with open(name, 'rb') as g:
    print(g.read())
os.remove(name)
f = tempfile.NamedTemporaryFile(dir='.')
print(os.path.isabs(f.name), os.path.dirname(f.name) == os.getcwd())
f.close()
