import pprint
d = {'zebra': 1, 'apple': 2, 'mango': [3] * 20, 'banana': {'z': 1, 'a': 2}}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp(d, sort_dicts=True)
pprint.pp(d, width=30)
print(pprint.pformat(d, sort_dicts=False, width=200))
print(pprint.saferepr({'b': 1, 'a': 2}))
mixed = {1: 'int', 'a': 'str', (1,): 'tuple'}
lines = pprint.pformat(mixed, width=10).splitlines()
print(sorted(lines))
print(pprint.pformat({3: 1, 1: 2, 2: 3}), pprint.pformat({3: 1, 1: 2}, sort_dicts=False))
