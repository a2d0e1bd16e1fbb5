import pprint
data = [1, [2, [3, [4, [5]]]], {'a': {'b': {'c': 1}}}, (1, (2, (3,)))]
for depth in (1, 2, 3, 4):
    pprint.pprint(data, depth=depth)
    pprint.pprint(data, depth=depth, width=15)
print(pprint.pformat({'a': [], 'b': {}}, depth=1))
print(pprint.pformat([[], ()], depth=1))
print(pprint.pformat(((1,),), depth=1), pprint.pformat(((1, 2),), depth=1))
p = pprint.PrettyPrinter(depth=1)
print(p.isreadable([[1]]), p.isreadable([1]))
for bad in (0, -1):
    try:
        pprint.PrettyPrinter(depth=bad)
    except ValueError as e:
        print(type(e).__name__, e)
