import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"y": [1, {"z": 2}], "x": 3}, "b": 4}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 'H', object_pairs_hook=lambda p: len(p)))
print(json.loads('{}', object_pairs_hook=list), json.loads('[{}]', object_hook=lambda d: 'E'))
seen = []
def hook(d):
    seen.append(sorted(d))
    return d
json.loads('{"a": {"b": {"c": 1}}, "d": {}}', object_hook=hook)
print(seen)
print(json.loads('[1, 2.5, 3e2, -4]', parse_int=lambda s: 'I' + s, parse_float=lambda s: 'F' + s))
print(json.loads('[1, 2.5]', parse_int=float, parse_float=str))
class Boom(Exception):
    pass
def boom(x):
    raise Boom('from hook: %r' % (x,))
for kw in [{'object_hook': boom}, {'object_pairs_hook': boom},
           {'parse_int': boom}, {'parse_float': boom}]:
    try:
        json.loads('[1, 2.5, {"k": 3}]', **kw)
    except Boom as e:
        print(type(e).__name__, e)
print(json.loads('123456789012345678901234567890', parse_int=len))
