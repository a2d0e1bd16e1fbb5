import pprint
d = {'name': 'Alice', 'languages': ['Python', 'Rust', 'C'], 'address':
     {'street': '1 Main St', 'city': 'Springfield', 'zip': '12345'},
     'scores': (98, 87, 76), 'active': True, 'ratio': 0.75}
pprint.pprint(d)
pprint.pprint(d, width=40)
pprint.pprint(d, width=20)
pprint.pprint(d, indent=3, width=50)
pprint.pprint(d, sort_dicts=False, width=50)
pprint.pp(d, width=50)
pprint.pprint({(1, 2): 'tuple key', 3: 'int key', 'x' * 30: 'long key' * 5})
pprint.pprint({1: 'a', 'b': 2, None: 3, 2.5: 4}, width=20)
pprint.pprint({'nested': {'deeper': {'deepest': list(range(25))}}})
class D(dict):
    pass
pprint.pprint(D(a=1, b=list(range(30))))
class R(dict):
    def __repr__(self):
        return 'R(' + dict.__repr__(self) + ')'
pprint.pprint(R(a=list(range(30))))
