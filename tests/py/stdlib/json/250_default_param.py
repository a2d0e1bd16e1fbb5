import json

calls = []
def default(o):
    calls.append(type(o).__name__)
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, bytes):
        return o.decode()
    if isinstance(o, range):
        return list(o)
    raise TypeError('cannot: ' + type(o).__name__)

data = {'s': {3, 1}, 'b': b'hi', 'r': range(3), 'f': frozenset([2])}
print(json.dumps(data, default=default))
print(calls)
print(json.dumps(data, default=default, indent=1))
try:
    json.dumps({'x': object()}, default=default)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(object(), default=lambda o: None))
print(json.dumps([object(), object()], default=lambda o: {'o': 1}))
def chain(o):
    if isinstance(o, set):
        return frozenset(o)
    if isinstance(o, frozenset):
        return tuple(sorted(o))
    raise TypeError
print(json.dumps({1, 2}, default=chain))
enc = json.JSONEncoder(default=lambda o: 'D')
print(enc.encode([object()]), enc.default(1))
