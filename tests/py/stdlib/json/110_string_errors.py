import json

docs = ['"abc', '"ab\\', '"a\\x"', '"a\\u12"', '"a\\u12g4"', '"a\nb"',
        '"a\tb"', '"a\x00"', '"a\x1f"', '"\\u"', '"\\', '"\\u0041',
        '"\\u004', '"\\ud800\\udc0"', '"\\ud800\\udc00', '"\\ud800\\x"',
        '"\\ud800\\"', '"\\U0041"', '"\\\u00e9"', '"\u00e9\\q"', '"\u00e9\u00e9',
        '["\u00e9", 1 x]', '{"\u00e9":1, "b" 2}', '"\x7f"', '"\\u00e9\\u0000"',
        '"\\ud800\\udc00"', '"\\udbff\\udfff"', '["a", "b\\c"]']
for d in docs:
    try:
        print(repr(d), '->', ascii(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), e)
print(ascii(json.loads('"a\tb\x00\n"', strict=False)))
print(ascii(json.loads('{"k\x01": "v\x1f"}', strict=False)))
try:
    json.loads('"a\x01"', strict=True)
except json.JSONDecodeError as e:
    print(e)
