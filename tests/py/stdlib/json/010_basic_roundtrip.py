import json

values = [None, True, False, 0, 1, -1, 123456789, 1.5, -0.0, 1e16, 1e-7,
          "", "abc", [], {}, [1, 2, 3], {"a": 1, "b": [True, None]},
          [[[]]], {"nested": {"x": {"y": [1, {"z": "w"}]}}}]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, repr(back))
print(json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}]))
print(json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]'))
print(json.dumps("\"foo\bar"))
print(json.dumps('\u1234'))
print(json.dumps('\\'))
print(json.dumps({"c": 0, "b": 0, "a": 0}, sort_keys=True))
