import json

for v in [0.1, 0.2 + 0.1, 1e22, 1e-300, 123456789.123456789, 2.0 ** 60,
          float('inf'), float('-inf'), float('nan'), -0.0, 1.0, 100.0,
          10 ** 30, -(10 ** 20), 2 ** 63, True, False, None]:
    print(json.dumps(v), json.dumps([v]), json.dumps({'k': v}))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
    __str__ = __repr__

class MyStr(str):
    def __repr__(self):
        return 'MyStr!'

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s')]))
print(json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr('s'): 3}))
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s')], indent=1))
print(json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr('s'): 3}, indent=1))
