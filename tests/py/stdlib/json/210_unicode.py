import json

words = ['caf\u00e9', '\u4e2d\u6587', '\u0441\u043b\u043e\u0432\u043e', '\U0001f600\U0001f680',
         'a\u0300', '\u200b', '\uffff', '\U0010ffff', '\u00ff\u0100']
for w in words:
    a = json.dumps(w)
    u = json.dumps(w, ensure_ascii=False)
    print(a, ascii(u), json.loads(a) == w, json.loads(u) == w)
doc = '{"\u00e9": ["\u4e2d", 1, {"\U0001f600": "x"}], "k": "v"}'
v = json.loads(doc)
print(ascii(v))
print(json.dumps(v), ascii(json.dumps(v, ensure_ascii=False)))
try:
    json.loads('{"\u00e9\u00e9": [1, 2 3]}')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('"\u00e9\u00e9\u00e9" x')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('["\u00e9\u00e9"]  more'))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"') == '\u00e9\u4e2d\U0001f600')
