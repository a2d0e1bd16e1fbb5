# Global and builtin name lookups stay right whatever happens to the
# namespaces between calls (Kaa caches where LOAD_GLOBAL found each name).


def f():
    return len("abc"), x


x = 1
print(f())
x = 2                                   # the value replaced in place
print(f())
len = lambda s: 99                      # a global shadows the builtin
print(f())
del len                                 # the builtin again
print(f())
import builtins
builtins.len = lambda s: -1             # the builtin itself replaced
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print("NameError:", e)
builtins.len = lambda s: 3              # restored (by hand: the original is gone)

# A key equal to the name but not the same object (not interned).
key = "".join(["l", "en"])
globals()[key] = lambda s: 7
print(f())
del globals()[key]
print(f())

# The globals grow (the table is rebuilt) after the lookups were cached.
for i in range(200):
    globals()["g%d" % i] = i
x = 5
print(f(), g199)

# One code object run with several globals dicts.
code = compile("def g():\n    return y, len('ab')\n", "<s>", "exec")
for y_value in (10, 20, 30):
    d = {"y": y_value}
    if y_value == 20:
        d["len"] = lambda s: "shadowed"
    exec(code, d)
    print(d["g"]())

# A deleted global: NameError, then defined again.
def h():
    return z


z = "z1"
print(h())
del z
try:
    h()
except NameError as e:
    print("NameError:", e)
z = "z2"
print(h())
