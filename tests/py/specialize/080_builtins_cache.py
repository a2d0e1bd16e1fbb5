# LOAD_GLOBAL's cache of names found in the builtins: every way the answer
# can change (a global shadows the builtin and goes away again, the
# builtins change, exec with fresh globals dicts, globals with non-interned
# keys, a dict subclass as globals).
import builtins

def f(x):
    return abs(x)

print([f(-1) for _ in range(3)])
abs = lambda x: "shadowed"
print(f(-2))
del abs
print(f(-3))
globals()["ab" + "s".strip()] = lambda x: "equal key"
print(f(-4))
del globals()["abs"]
print(f(-5))
old = builtins.abs
old_len = builtins.len
builtins.abs = lambda x: "builtins changed"
print(f(-6))
del builtins.abs
try:
    f(-7)
except NameError as e:
    print("NameError", e)
builtins.abs = old
print(f(-8))
code = compile("r = len('abc')", "<s>", "exec")
for g in [{}, {"len": lambda s: "mine"}, {}, {"x": 1}, {"len": lambda s: "again"}]:
    exec(code, g)
    print(g["r"])
class D(dict):
    def __missing__(self, k):
        return "missing " + k
try:
    exec(code, D())
except Exception as e:
    print(type(e).__name__, e)
def g():
    return len([1, 2])
for i in range(3):
    print(g())
    globals()["n%d" % i] = i
builtins.len = lambda s: "new len"
print(g())
del builtins.len
try:
    print(g())
except NameError as e:
    print("NameError", e)
builtins.len = old_len
print(g())
