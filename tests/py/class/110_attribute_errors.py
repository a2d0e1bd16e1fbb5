class Thing:
    existing = 1
    def __init__(self):
        self.field = 2
t = Thing()
try:
    t.missing_attr_q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.missing_cls_q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.nope_q
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "missing", "fallback"), getattr(t, "field"), getattr(Thing, "existing"))
try:
    Thing(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
