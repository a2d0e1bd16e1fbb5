import pprint
nested = [list(range(10)), tuple(range(10)), [[1, 2], [3, [4, [5, [6]]]]]] * 3
pprint.pprint(nested)
pprint.pprint(nested, width=30)
pprint.pprint((['a' * 20] * 3,), width=30)
pprint.pprint(('only',) * 1, width=5)
pprint.pprint((('x' * 40,),))
pprint.pprint([(), [], {}, set(), '', b''], width=5)
class L(list):
    pass
pprint.pprint(L(range(30)))
class T(tuple):
    pass
pprint.pprint(T(range(30)))
pprint.pprint([1, 2, 3], width=1)
pprint.pprint(list(range(12)), width=-5)
pprint.pprint([[[[['deep']]]]], width=8)
pprint.pprint([10 ** 30, -10 ** 30, 2 ** 64], width=30)
