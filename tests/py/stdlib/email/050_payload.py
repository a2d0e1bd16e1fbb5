from email.message import Message
from email.parser import Parser

m = Message()
m.set_payload('héllo', 'utf-8')
print(repr(m.as_string()), m.get_payload(), m.get_payload(decode=True), m.get_charset())
m = Message()
m.set_payload('hello', 'us-ascii')
print(repr(m.as_string()))
m = Message()
m.set_payload('héllo=', 'latin-1')
print(repr(m.as_string()), m.get_payload(decode=True))
m = Parser().parsestr('Content-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n')
print(m.get_payload(decode=True), repr(m.get_payload()))
m = Parser().parsestr('Content-Transfer-Encoding: quoted-printable\n\na=3Db=\nc =C3=A9\n')
print(m.get_payload(decode=True))
m = Parser().parsestr('\n\nplain text')
print(m.get_payload(decode=True))
m = Message()
m.attach(Message())
m.attach(Message())
print(m.is_multipart(), len(m.get_payload()), m.get_payload(decode=True))
p = Message()
p.set_payload('scalar')
try:
    p.attach(Message())
except TypeError as e:
    print('TypeError', e)
m = Message()
m['Content-Type'] = 'multipart/mixed; boundary="XX"'
m.preamble = 'pre'
m.epilogue = 'epi'
a = Message(); a['X'] = '1'; a.set_payload('one')
b = Message(); b.set_payload('two\n')
m.attach(a); m.attach(b)
print(repr(m.as_string()))
m.set_boundary('YY')
print(m['content-type'], m.get_boundary())
print(m.get_payload(1).get_payload(), m.get_payload()[0]['x'])
