# Names are interned: the keys of namespaces, attribute dicts and **kwargs
# are the very objects written in the source, and a name made at run time
# becomes the interned one when it is used as an attribute name.
class Point:
    def __init__(self):
        self.xcoord = 1

p = Point()
key = list(p.__dict__)[0]
print(key, key is eval("'xcoord'"))

setattr(p, "".join(["dyn", "attr"]), 2)
dyn = list(p.__dict__)[1]
print(dyn, dyn is eval("'dynattr'"))

gkey = [k for k in globals() if k == "Point"][0]
print(gkey is eval("'Point'"))

ckey = [k for k in Point.__dict__ if k == "__init__"][0]
print(ckey is eval("'__init__'"))

def f(alpha, beta=2):
    return sorted(locals())

print([k is eval(repr(k)) for k in f(1)])

def kw(**kwargs):
    return list(kwargs)[0]

name = kw(some_name=1)
print(name, name is eval("'some_name'"))
