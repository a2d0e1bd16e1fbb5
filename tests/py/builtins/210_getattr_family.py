class Obj:
    cls_val = "class"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_val"), getattr(o, "nope", None), getattr(Obj, "cls_val"))
setattr(o, "y", 2)
setattr(o, "x", 10)
print(o.x, o.y, hasattr(o, "y"), hasattr(o, "z"), hasattr(Obj, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "missing_q")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing_q")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")(), hasattr(5, "real"))
try:
    setattr(5, "attr", 1)
except AttributeError as e:
    print(type(e).__name__, e)
