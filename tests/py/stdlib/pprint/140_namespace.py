import pprint
import sys
ns_type = type(sys.implementation)
def make(cls, **fields):
    obj = cls()
    for name, value in fields.items():
        setattr(obj, name, value)
    return obj
ns = make(ns_type, alpha=1, beta='two', gamma=list(range(30)), delta={'k': 'v' * 40})
pprint.pprint(ns)
pprint.pprint(ns, width=30)
pprint.pprint(ns_type(), width=1)
# (sys.implementation's type is the built-in SimpleNamespace.)
s = make(ns_type, x=list(range(25)), y=make(ns_type, z='deep ' * 12))
pprint.pprint(s)
pprint.pprint([s], width=40)
