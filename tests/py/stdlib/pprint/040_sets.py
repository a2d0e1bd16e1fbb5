import pprint
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(40)))
pprint.pprint({'a' * 10, 'b' * 10, 'c' * 10, 'd' * 10, 'e' * 10, 'f' * 10, 'g' * 10, 'h' * 10})
pprint.pprint(frozenset({'a' * 30, 'b' * 30, 'c' * 30}))
pprint.pprint([set(), frozenset(), {1}, frozenset({2})])
pprint.pprint({3, 1, 2}, width=3)
class S(set):
    pass
pprint.pprint(S(range(30)))
class F(frozenset):
    pass
pprint.pprint(F(range(30)))
pprint.pprint({1, 'a', 2.5, (1, 2)} if False else {(1, 2), (0, 5), (3,)}, width=8)
pprint.pprint([frozenset(range(25)), set(range(25))], compact=True)
