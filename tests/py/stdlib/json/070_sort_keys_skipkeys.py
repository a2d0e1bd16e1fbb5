import json

d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
print(json.dumps({3: 'a', 1: 'b', 2: 'c'}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True, indent=2)
except TypeError as e:
    print(type(e).__name__, e)
bad = {(1, 2): 'tuple', 'ok': 1, frozenset(): 2, b'x': 3, 'last': 4}
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps(bad, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
    print(json.dumps(bad, skipkeys=True, **kw))
print(json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({(1,): 1, 'a': 2}, skipkeys=True, sort_keys=False))
