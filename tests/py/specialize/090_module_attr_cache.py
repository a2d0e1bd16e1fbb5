# LOAD_ATTR/LOAD_METHOD of a module attribute through the remembered index in
# the module's dict: rebinding, deleting, re-adding in another order,
# an instance of a ModuleType subclass at the same code site, names the
# module type owns.
import math
import sys
import types

m = types.ModuleType("m")
m.f = lambda: "f1"
m.g = lambda: "g1"
m.c = 1

def call_f(mod):
    return mod.f()

def read_c(mod):
    return mod.c

for _ in range(3):
    print(call_f(m), read_c(m))
m.f = lambda: "f2"
m.c = 2
print(call_f(m), read_c(m))
del m.f
try:
    call_f(m)
except AttributeError as e:
    print("AE", e)
m.f = lambda: "f3"
print(call_f(m))

class Special(types.ModuleType):
    @property
    def c(self):
        return "property c"
    def f(self):
        return "method f"

sm = Special("sm")
sm.__dict__["c"] = "dict c"
sm.f = lambda: "dict f"
print(read_c(sm), call_f(sm), read_c(m), call_f(m))

def dict_of(mod):
    return mod.__dict__ is vars(mod)

m2 = types.ModuleType("m2")
m2.__dict__["__dict__"] = "shadow"
print(dict_of(m), dict_of(m2), dict_of(m2))
# another module at the same code site
other = types.ModuleType("other")
other.c = "other c"
other.f = lambda: "other f"
print(read_c(other), call_f(other), read_c(m), call_f(m))
# a key equal to the name but not the same object
m3 = types.ModuleType("m3")
m3.__dict__["".join(["c"])] = "equal key"
print(read_c(m3))

def sqrt_sum(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return t

print(round(sqrt_sum(100), 6))
old = math.sqrt
math.sqrt = lambda x: 1.0
print(sqrt_sum(100))
math.sqrt = old
print(round(sqrt_sum(100), 6))
