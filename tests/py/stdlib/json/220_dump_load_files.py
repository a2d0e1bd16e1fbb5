import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

data = {'name': 'x', 'items': [1, 2.5, None, True], 'nested': {'a': []}}
w = Writer()
json.dump(data, w)
print(''.join(w.parts))
print(len(w.parts) > 1)
w = Writer()
json.dump(data, w, indent=2, sort_keys=True)
print(''.join(w.parts))
w = Writer()
json.dump(data, w, separators=(',', ':'), ensure_ascii=False)
text = ''.join(w.parts)
print(text)
print(json.load(Reader(text)) == data)
print(json.load(Reader(b'[1, 2]')))
print(json.load(Reader('{"a": 1.5}'), parse_float=str))
w = Writer()
try:
    json.dump([1, object()], w)
except TypeError as e:
    print(type(e).__name__, e, w.parts)
