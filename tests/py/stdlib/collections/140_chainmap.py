# ChainMap: lookups through several mappings, writes to the first
from collections import ChainMap, defaultdict

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {'x': 1}, {'x': 2, 'y': 3}
c = ChainMap(a, b)
print(c, c['x'], c['y'], len(c), list(c), c.maps, c.parents)
print(c.new_child(), c.new_child({'z': 0}), c.new_child(w=1), c.new_child({'m': 1}, n=2))
print(c.get('y'), c.get('q'), c.get('q', 'dflt'), 'y' in c, 'q' in c, bool(c), bool(ChainMap({})))
attempt(lambda: c['q'])
attempt(lambda: c.pop('y'))
attempt(lambda: c.pop('q'))
attempt(lambda: c.__delitem__('y'))
attempt(lambda: ChainMap().popitem())
print(c.pop('q', 5), c.popitem(), a)
c['y'] = 9
c['new'] = 0
print(c, a, b)
del c['y']
print(c, dict(c), sorted(c.items()), sorted(c.values()))
c.clear()
print(c, b, ChainMap(), repr(ChainMap({'k': 'v'})))
m = ChainMap({'a': 1}, {'b': 2})
print(m.copy(), type(m.copy()).__name__, m | {'c': 3}, {'c': 3} | m, m == {'a': 1, 'b': 2})
m |= {'d': 4}
print(m, ChainMap.fromkeys('ab', 0), ChainMap.fromkeys('ab'))
print(list(ChainMap({'b': 1}, {'a': 2, 'b': 3})), ChainMap({'b': 1}, {'a': 2, 'b': 3}).keys())
dd = defaultdict(lambda: 'default')
print(ChainMap({}, dd)['anything'], ChainMap(dd)['k'])
r = ChainMap()
r.maps.append(r)
r['self'] = 1
print(r)
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
settings = ChainMap(cli, env, defaults)
print(settings['color'], settings['user'], settings.maps[-1] is defaults, len(settings))
local = settings.new_child()
local['color'] = 'blue'
print(local['color'], settings['color'], local.parents['color'])
attempt(lambda: m | 5)
