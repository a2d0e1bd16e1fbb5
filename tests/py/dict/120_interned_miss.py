# Looking up a name that is absent from a dict whose keys are all names:
# globals, builtins through module-level code, class and instance dicts,
# and dicts where an equal key is not the interned string.
x = 1
print(len("abc"), abs(-2), "x" in globals(), "nope" in globals())
g = globals()
print(g.get("x"), g.get("missing"), g.get("mis" + "sing", "default"))

key = "".join(["k", "e", "y"])      # equal to the name 'key', not interned
d = {key: 1}
print(d.get("key"), "key" in d, d["key"])
d2 = {"alpha": 1, "beta": 2}
print(d2.get("gamma"), "alpha" in d2, "".join(["al", "pha"]) in d2)


class A:
    cls_attr = 5

    def __init__(self):
        self.a = 1


a = A()
a.__dict__["".join(["b", "b"])] = 2
print(a.a, a.bb, a.cls_attr, getattr(a, "zz", "none"))


class S(str):
    def __hash__(self):
        return hash(str(self))


m = {"name": 1}
print(m.get(S("name")), S("name") in m, m.get(S("other")))
exec("y = 3\nprint(y, len([1]), 'y' in dir())", {})
exec("print(missing_name)", {}) if False else None
try:
    exec("print(missing_name)", {})
except NameError as e:
    print(type(e).__name__, e)
