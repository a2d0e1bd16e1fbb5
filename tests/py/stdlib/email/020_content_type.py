from email.message import Message

m = Message()
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_default_type())
m.set_default_type('message/rfc822')
print(m.get_content_type())
m['Content-Type'] = 'Text/HTML; charset="UTF-8"; format=flowed; x'
print(m.get_content_type(), m.get_content_charset(), m.get_params(), m.get_params(unquote=False))
print(m.get_param('charset'), m.get_param('FORMAT'), m.get_param('nope'), m.get_param('nope', 7), m.get_param('x'))
m.set_param('charset', 'latin-1')
m.set_param('new', 'a b')
print(m['content-type'])
m.del_param('x')
print(m['content-type'])
m.set_type('text/plain')
print(m.items())
try:
    m.set_type('bad')
except ValueError as e:
    print('ValueError', e)
m2 = Message()
m2['Content-Type'] = 'invalid'
print(m2.get_content_type(), m2.get_param('a', 'none'))
m3 = Message()
m3.set_param('charset', 'utf-8')
print(m3.items(), m3.get_charsets())
m4 = Message()
m4['Content-Disposition'] = 'attachment; filename="report 1.txt"'
print(m4.get_filename(), m4.get_content_disposition(), Message().get_filename('none'))
m5 = Message()
m5['Content-Type'] = 'text/plain; name=x.txt; charset=ASCII'
print(m5.get_filename(), m5.get_content_charset(), m5.get_boundary())
