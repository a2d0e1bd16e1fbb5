import pprint
import types
ns = types.SimpleNamespace(alpha=1, beta='two', gamma=list(range(30)),
                           delta={'k': 'v' * 40})
pprint.pprint(ns)
pprint.pprint(ns, width=30, indent=4)
pprint.pprint(types.SimpleNamespace(), width=1)
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=list(range(25)), y=types.SimpleNamespace(z='deep ' * 12))
pprint.pprint(s)
pprint.pprint([s], width=40)
loop = types.SimpleNamespace(name='loop')
loop.me = loop
loop.pad = 'padding ' * 10
pprint.pprint(loop)
print(pprint.saferepr(types.SimpleNamespace(a=1)), pprint.isreadable(ns))
