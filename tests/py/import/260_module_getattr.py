# Module __getattr__ (PEP 562): attribute reads, from-imports, hasattr and
# getattr with a default, functions reading module attributes, and a module
# made at run time.
import types

import helper_lazy
from helper_lazy import lazy_imported

print(helper_lazy.eager, helper_lazy.lazy_x, lazy_imported)
print(hasattr(helper_lazy, "lazy_y"), hasattr(helper_lazy, "nope"))
print(getattr(helper_lazy, "nope", "default"))
try:
    helper_lazy.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    from helper_lazy import missing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])


def read(mod, n):
    out = []
    for _ in range(3):
        out.append(mod.lazy_z)
    return out, n


print(read(helper_lazy, 1))
m = types.ModuleType("m")
m.f = lambda: "f"
print(m.f())
try:
    m.g
except AttributeError as e:
    print("AttributeError", e)
m.__getattr__ = lambda name: (lambda: "hook " + name)
print(m.g(), m.f())


def call_g(mod):
    return mod.g()


print([call_g(m) for _ in range(3)])
del m.__getattr__
try:
    call_g(m)
except AttributeError as e:
    print("AttributeError", e)
print(sorted(dir(helper_lazy)))
