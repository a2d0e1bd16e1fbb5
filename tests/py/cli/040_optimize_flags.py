# -O and -OO: asserts dropped, __debug__ False, -OO drops docstrings.
import os, subprocess, sys, tempfile

PROG = '''"""module doc"""
import sys
def f():
    "fdoc"
    return 1
class C:
    "cdoc"
    def m(self):
        """mdoc"""
print(sys.flags.optimize, __debug__, __doc__, f.__doc__, C.__doc__, C.m.__doc__)
print(f.__code__.co_consts)
try:
    assert False, "boom"
    print("assert skipped")
except AssertionError as e:
    print("AssertionError", e)
if __debug__:
    print("debug on")
else:
    print("debug off")
import builtins
print(builtins.__debug__, eval("__debug__"))
ns = {}
exec(compile("x = __debug__\\nassert 0", "s", "exec", optimize=1), ns)
print(ns["x"])
try:
    exec(compile("assert 0, 'x'", "s", "exec", optimize=0))
except AssertionError as e:
    print("AssertionError", e)
ns = {}
exec(compile("def g():\\n 'gd'\\nr = g.__doc__", "s", "exec", optimize=2), ns)
print(ns["r"])
ns = {}
exec(compile("x = __debug__", "s", "exec", optimize=-1), ns)
print(ns["x"])
for o in (3, -2):
    try:
        compile("1", "s", "exec", optimize=o)
    except ValueError as e:
        print("ValueError", e)
'''

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prog.py")
    with open(path, "w") as f:
        f.write(PROG)
    runs = [([], {}), (["-O"], {}), (["-OO"], {}), ([], {"PYTHONOPTIMIZE": "1"}),
            ([], {"PYTHONOPTIMIZE": "2"}), (["-E"], {"PYTHONOPTIMIZE": "1"})]
    for flags, env in runs:
        r = subprocess.run([sys.executable, *flags, path], capture_output=True, text=True,
                           env={**os.environ, **env})
        print(flags, env, r.returncode)
        print(r.stdout, r.stderr, sep="")
