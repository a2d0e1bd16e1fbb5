import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {'p': Point(1, 2), 'l': [Point(3, 4), {5, 1, 3}]}
print(json.dumps(data, cls=PointEncoder))
print(json.dumps(data, cls=PointEncoder, indent=2))
print(PointEncoder().encode(Point(0, 0)))
print(list(PointEncoder().iterencode([Point(1, 1), 2])))
try:
    json.dumps(object.__new__(type('Thing', (), {})), cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)
for v in [object(), {1, 2}, b'bytes', bytearray(b'x'), type]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({1, 2, 3}, default=sorted))
print(json.dumps([{1}], default=lambda o: 'set!', indent=1))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({'a': 'b'}, cls=Upper))

class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk + '|'
print(json.dumps([1, {'a': 2}], cls=Chunks))
enc = json.JSONEncoder()
print(list(enc.iterencode([1, {'a': [2, 'x']}, None, 1.5])))
print(list(json.JSONEncoder(indent=2).iterencode([1, {'a': [2, 'x']}])))
print(list(enc.iterencode('x')), list(enc.iterencode(5)), list(enc.iterencode({})))
print(enc.encode('x\u00e9'), json.JSONEncoder(ensure_ascii=False).encode('x\u00e9') == '"x\u00e9"')
