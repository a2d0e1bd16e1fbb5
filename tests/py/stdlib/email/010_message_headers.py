from email.message import Message

m = Message()
m['From'] = 'a@example.com'
m['To'] = 'b@example.com'
m['Received'] = 'one'
m['received'] = 'two'
print(len(m), m.keys(), m.values())
print(m['from'], m['RECEIVED'], m.get('x'), m.get('x', 'dflt'), m['missing'])
print(m.get_all('received'), m.get_all('nope'), m.get_all('nope', []))
print('to' in m, 'cc' in m, list(m), m.items())
del m['received']
print(m.keys())
del m['not-there']
m.replace_header('TO', 'c@example.com')
print(m.items())
try:
    m.replace_header('Cc', 'x')
except KeyError as e:
    print('KeyError', e)
m.add_header('X-Thing', 'v', a='1', b=None, c_d='needs quote;')
print(m['x-thing'])
m.set_raw('Raw', 'r')
print(list(m.raw_items())[-1], m.is_multipart(), m.get_unixfrom())
m.set_unixfrom('From nobody')
print(repr(m.as_string(unixfrom=True)))
print(repr(str(m)))
print(m.as_bytes()[:10], bytes(m)[:4])
