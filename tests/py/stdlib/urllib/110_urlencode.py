from urllib.parse import urlencode, quote

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('a', 1), ('a', 2), ('b', b'\xff')]))
print(urlencode({'a': [1, 2], 'b': 'str', 'c': (3,), 'd': b'by'}, doseq=True))
print(urlencode({'a': [1, 2]}))
print(urlencode({'a': 5, 'b': None}, doseq=True))
print(urlencode({'p': 'a/b c'}, safe='/'))
print(urlencode({'p': 'a/b c'}, quote_via=quote))
print(urlencode({'p': 'é'}, encoding='latin-1'), urlencode({'p': '€'}, encoding='ascii', errors='xmlcharrefreplace'))
print(repr(urlencode({})), repr(urlencode([])))
for bad in ['abc', [1, 2], 5, [('a', 1, 2)]]:
    try:
        print(urlencode(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
