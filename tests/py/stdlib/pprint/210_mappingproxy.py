import pprint
import types
mp = types.MappingProxyType({'key%d' % i: list(range(i)) for i in range(8)})
pprint.pprint(mp)
pprint.pprint(mp, width=40)
pprint.pprint([mp], width=60)
print(pprint.pformat(types.MappingProxyType({}), width=1))
print(pprint.pformat(types.MappingProxyType({'a': 1})))
