import json

d = json.JSONDecoder()
print(d.decode('  [1, 2]  '))
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx[1]', 2))
print(d.raw_decode('{"a": "\u00e9"} rest'))
print(d.raw_decode('"\u00e9\u00e9" 1 2'))
for args in [('  [1]',), ('[1]', -1), ('[1]', 10), ('[1]', 3)]:
    try:
        print(d.raw_decode(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [5, None, b'[1]', bytearray(b'1')]:
    try:
        d.decode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        d.raw_decode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_float is float, d.parse_int is int)
print(d.parse_constant('NaN') != d.parse_constant('NaN'), d.parse_constant('-Infinity'))
print(d.scan_once('[1, "a"] x', 0))
try:
    d.scan_once('[1]', 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.scan_once('  1', 0)
except StopIteration as e:
    print(type(e).__name__, e.value)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('{"a": 1.5}', cls=MyDecoder, parse_float=lambda s: s))
try:
    json.loads('[1]', cls=MyDecoder, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
