from email import utils

print(utils.formataddr(('A B', 'a@b')), utils.formataddr(('A, B', 'a@b')), utils.formataddr(('', 'a@b')))
print(utils.formataddr(('Jé', 'a@b')), utils.formataddr(('a"b\\c', 'x@y')), utils.formataddr((None, 'z@z')))
print(utils.formataddr(('Jé', 'a@b'), charset='iso-8859-1'))
try:
    utils.formataddr(('x', 'é@b'))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
for s in ['A B <a@b>', '"A, B" <a@b.c>', 'a@b (Comment)', 'bad', '', '<a@b>', 'a@b, c@d',
          '  spaced@x.org  ', 'Name <a@b> (c)', '<@route:user@host>']:
    print(repr(s), utils.parseaddr(s))
print(utils.getaddresses(['A <a@b>, c@d', 'e@f']))
print(utils.getaddresses(['"x y" <q@r>', '(c) s@t', '']))
print(utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x>'), utils.unquote('plain'), utils.unquote('"'))
print(utils.decode_rfc2231("us-ascii'en'abc"), utils.decode_rfc2231('plain'), utils.encode_rfc2231('a b', 'utf-8'), utils.encode_rfc2231('a b'))
print(utils.collapse_rfc2231_value(('utf-8', '', 'x')), utils.collapse_rfc2231_value('"q"'))
mid = utils.make_msgid(domain='example.com')
print(mid.startswith('<'), mid.endswith('@example.com>'), utils.make_msgid('id', 'd').count('.'))
