# pdb.set_trace(), breakpoint() and PYTHONBREAKPOINT, pdb.run.
from helper_pdbrun import run

SOURCE = '''import pdb

def work(a):
    b = a * 2
    pdb.set_trace()
    c = b + 1
    return c

print("result", work(5))

def other(v):
    w = v - 1
    breakpoint()
    return w

print("other", other(10))
'''
run(SOURCE, "p a, b\nn\np c\nw\nc\np v, w\nc\n", direct=True)
run(SOURCE, "p a, b\nc\n", direct=True, env={"PYTHONBREAKPOINT": "0"})
HOOK = "def hook(*args, **kws):\n    print('hook called', args, kws)\n"
run(SOURCE, "c\n", direct=True, env={"PYTHONBREAKPOINT": "myhook.hook"}, files=[("myhook.py", HOOK)])
run(SOURCE, "c\n", direct=True, env={"PYTHONBREAKPOINT": "nosuchmod.hook"})

RUN = '''import pdb

def f(x):
    y = x + 1
    return y * 2

pdb.run("z = f(3)")
print("z", z)
'''
run(RUN, "s\ns\nn\np y\nr\nc\n", direct=True)
