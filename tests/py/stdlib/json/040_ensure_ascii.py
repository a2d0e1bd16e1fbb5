import json

s = "a\u00e9\u4e2d\U0001f600\x7f\x00\x1f\x08\x0c\n\r\t\"\\/ \u2028\ufeff"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False) == '"' + 'a\u00e9\u4e2d\U0001f600\x7f\\u0000\\u001f\\b\\f\\n\\r\\t\\"\\\\/ \u2028\ufeff' + '"')
print(ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({s: s}))
print(ascii(json.dumps({s: [s]}, ensure_ascii=False)))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.dumps(''.join(chr(i) for i in range(32))))
print(json.dumps('\U00010000\U0010ffff'))
from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring_ascii('x\u00e9'), ascii(encode_basestring('x\u00e9\n')))
for bad in [5, b'x', None]:
    try:
        encode_basestring_ascii(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        encode_basestring(bad)
    except TypeError as e:
        print(type(e).__name__, e)
