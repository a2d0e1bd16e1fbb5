from email.parser import Parser, HeaderParser, BytesParser, BytesHeaderParser
import email

t = 'A: 1\nB: 2\n continued\n\tmore\nbad line\nC: 3\n\nbody\n'
m = Parser().parsestr(t)
print(m.items(), repr(m.get_payload()), m.defects)
m = HeaderParser().parsestr('A: 1\n\nbody\nZ: 2\n')
print(m.items(), repr(m.get_payload()))
m = Parser().parsestr(' cont\nA: 1\n:x\nFrom nobody\n\nb')
print(m.items(), repr(m.get_payload()), m.defects, m.get_unixfrom())
m = Parser().parsestr('From nobody Mon\nA: 1\r\nB: 2\r\n\r\nbody\r\n')
print(m.items(), repr(m.get_payload()), m.get_unixfrom())
for text in ['A: 1', 'A: 1\n', '', '\n\nbody', 'Key:value\nKey2:  spaced  \n\n']:
    m = Parser().parsestr(text)
    print(repr(text), m.items(), repr(m.get_payload()))
m = BytesParser().parsebytes(b'Subject: hi\r\nX: y\r\n\r\npayload')
print(m.items(), repr(m.get_payload()))
m = BytesHeaderParser().parsebytes(b'Subject: hi\n\nZ: 1\n')
print(m.items(), repr(m.get_payload()))
m = email.message_from_string('Subject: s\n\nb')
print(type(m).__name__, m['subject'], m.get_payload())
m = email.message_from_bytes(b'Subject: t\n\nb')
print(m['subject'])
import io
print(email.message_from_file(io.StringIO('A: f\n\n'))['a'], email.message_from_binary_file(io.BytesIO(b'A: g\n\n'))['a'])
