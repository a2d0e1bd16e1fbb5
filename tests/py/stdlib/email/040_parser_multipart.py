from email.parser import Parser

t = 'From: a@b\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\nA: 1\n\none\n--XX\n\ntwo\n--XX--\n'
m = Parser().parsestr(t)
print(m.is_multipart(), repr(m.preamble), repr(m.epilogue), m.defects)
for part in m.get_payload():
    print(part.items(), repr(part.get_payload()), part.get_content_type())
print(m.as_string() == t)
print([p.get_content_type() for p in m.walk()])
t = 'Content-Type: multipart/mixed; boundary=XX\n\npre\n--XX\n\none\n\n--XX--\nepi\n'
m = Parser().parsestr(t)
print(repr(m.preamble), repr(m.epilogue), [p.get_payload() for p in m.get_payload()])
print(repr(m.as_string()))
for text in ['Content-Type: multipart/mixed\n\nx',
             'Content-Type: multipart/mixed; boundary=Q\n\nx\n',
             'Content-Type: multipart/mixed; boundary=Q\n\n--Q\n\nx\n']:
    m = Parser().parsestr(text)
    print(m.defects, type(m.get_payload()).__name__, repr(m.preamble), repr(m.epilogue))
m = Parser().parsestr('Content-Type: message/rfc822\n\nA: 1\n\ninner')
print(m.is_multipart(), m.get_payload()[0]['A'], m.get_payload(0).get_payload())
d = Parser().parsestr('Content-Type: multipart/digest; boundary=B\n\n--B\n\nX: 1\n\nbody\n--B--\n')
print(d.get_payload(0).get_content_type(), d.get_payload(0).get_default_type())
try:
    Parser().parsestr('A: 1\n\nx').get_payload(0)
except TypeError as e:
    print('TypeError', e)
