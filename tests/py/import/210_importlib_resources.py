# importlib.resources.files(): a Traversable over the package's directory.
import importlib.resources
import helper_pkg
root = importlib.resources.files('helper_pkg')
print(root.name, root.is_dir(), root.is_file())
data = root.joinpath('data.txt')
print(data.is_file(), repr(data.read_text()), data.read_bytes())
print((root / 'sub').is_dir())
print(sorted(p.name for p in root.iterdir() if not p.name.startswith('__')))
print(importlib.resources.files(helper_pkg) == root)
with importlib.resources.as_file(data) as p:
    print(p.name)
try:
    importlib.resources.files('helper_mod')
except TypeError as e:
    print(type(e).__name__, e)
