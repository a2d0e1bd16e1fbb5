import json

l = [1]
l.append(l)
d = {}
d['self'] = d
nested = {'a': [{'b': None}]}
nested['a'][0]['b'] = nested
for obj in [l, d, nested]:
    for kw in [{}, {'indent': 2}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
try:
    json.dumps(object(), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps([object()], default=lambda o: [o], indent=1)
except ValueError as e:
    print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]))
print(json.dumps([shared, shared], check_circular=False))
try:
    json.dumps(l, check_circular=False)
except RecursionError as e:
    print(type(e).__name__)
try:
    json.dumps(d, check_circular=False, indent=1)
except RecursionError as e:
    print(type(e).__name__)
