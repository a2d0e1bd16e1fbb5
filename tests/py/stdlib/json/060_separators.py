import json

data = {'a': [1, 2, {'b': 3}], 'c': 'd'}
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(', ', ': ')))
print(json.dumps(data, separators=(' ; ', ' => ')))
print(json.dumps(data, separators=('', '')))
print(json.dumps([1, 2], separators=['|', '=']))
try:
    json.dumps(data, separators=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(data, separators=(',',))
except ValueError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(separators=(',', ':'))
print(enc.item_separator, enc.key_separator)
enc = json.JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator))
