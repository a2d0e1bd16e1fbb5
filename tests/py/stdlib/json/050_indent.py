import json

data = [1, [2, {'a': [], 'b': {}, 'c': [3, {'d': None}]}], {}, [], 'x', (4, 5)]
for indent in [None, 0, 1, 2, 4, '', '\t', '--', True]:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
print(json.dumps({'b': 1, 'a': [1, 2]}, indent=2, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(json.dumps([1, [2]], indent=-1))
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({'a': [1, 2]}, indent=2, separators=(',', ' = ')))
print(json.dumps({'a': [1, 2]}, indent=2, separators=(' ,', ':')))
