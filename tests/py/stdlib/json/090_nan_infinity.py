import json, math

print(json.dumps([float('nan'), float('inf'), -float('inf')]))
for kw in [{}, {'indent': 2}]:
    for v in [float('nan'), float('inf'), float('-inf'), [1, float('inf')]]:
        try:
            print(json.dumps(v, allow_nan=False, **kw))
        except ValueError as e:
            print(type(e).__name__, e)
v = json.loads('[NaN, Infinity, -Infinity]')
print(math.isnan(v[0]), v[1], v[2])
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C:' + s))
def reject(name):
    raise ValueError('bad constant ' + name)
try:
    json.loads('{"a": NaN}', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)
for doc in ['nan', 'inf', '-inf', 'Infinity1', '-Inf', 'NaNa']:
    try:
        print(repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e)
