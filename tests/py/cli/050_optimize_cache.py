# The bytecode cache names the optimisation level: NAME.TAG.opt-1.pyc.
import os, subprocess, sys, tempfile

MOD = '''"""doc"""
def f():
    assert False, "asserted"
    return "no assert"
'''
MAIN = '''import sys, os, importlib.util
import mod
try:
    print(mod.f(), mod.__doc__)
except AssertionError as e:
    print("AssertionError", e, mod.__doc__)
tag = sys.implementation.cache_tag
names = sorted(os.listdir(os.path.join(os.path.dirname(mod.__file__), "__pycache__")))
print([n.replace(tag, "TAG") for n in names])
for opt in (None, "", 1, 2):
    p = importlib.util.cache_from_source("/a/b.py", optimization=opt)
    print(repr(opt), p.replace(tag, "TAG"))
try:
    importlib.util.cache_from_source("/a/b.py", optimization="x.y")
except ValueError as e:
    print("ValueError", e)
'''

with tempfile.TemporaryDirectory() as d:
    for name, text in (("mod.py", MOD), ("main.py", MAIN)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for flags in ([], ["-O"], ["-OO"], ["-O"]):
        r = subprocess.run([sys.executable, *flags, os.path.join(d, "main.py")],
                           capture_output=True, text=True, env=env)
        print(flags, r.returncode)
        print(r.stdout, r.stderr, sep="")
