from urllib.parse import parse_qs, parse_qsl

q = 'a=1&b=2&a=3&c=&d&e=x+y%21&=v'
print(parse_qs(q))
print(parse_qs(q, keep_blank_values=True))
print(parse_qsl(q))
print(parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1;b=2'))
print(parse_qsl(b'a=1&b=%41'), parse_qs(b'x=y'))
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%E9'), parse_qsl('a=%E9', errors='ignore'))
print(parse_qsl(''), parse_qs(''), parse_qsl('&&'), parse_qsl('a=b=c'))
for args, kw in [(('a=1&b',), {'strict_parsing': True}),
                 (('a=1&&b=2',), {'strict_parsing': True}),
                 (('a=1&b=2&c=3',), {'max_num_fields': 2}),
                 (('a=1',), {'separator': ''}),
                 (('a=1',), {'separator': None})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print(type(e).__name__, e)
print(parse_qsl('a=1&b=2', max_num_fields=2))
