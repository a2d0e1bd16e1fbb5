x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.a = 1
del o.a
print(hasattr(o, "a"))
a, b = 1, 2
del a, b
try:
    del undefined_name_zz
except NameError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    return "v" in locals()
print(f())
