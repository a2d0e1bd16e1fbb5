import re
pats = ['(', ')', '*', 'a**', 'a{2,1}', '[a', '[z-a]', r'\q', '(?<x)', '(?P<1a>x)',
        '(?P<a>x)(?P<a>y)', '(?P=b)', r'\1', r'(a)\2', '(?', '(?P', '(?P<', '(?P<a',
        '(?P=', '(?P=a', '(?#abc', '\\', '[\\d-z]', '[a-\\d]', r'\x1', r'\u12',
        r'\U1234567', r'\N{FOO}', r'\N', r'\N{', '(?P>a)', r'\8', r'[\8]', r'\777',
        '[]', '[^]', '(?>a', '(?P<>a)', '(?P<a-b>x)', '(?P=1)', 'a|*', '^*', '$*',
        r'\b*', r'\c', r'[\A]', r'[\Z]', '(a\\1)', 'a{1}{2}', 'a*?+', '(?<',
        '[\\U00110000]', '(a)\\10', 'x\n(', '(?(1', '(?<=(a)\\1)', 'a{}{', '\\']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for p in ['a{99999999999}', 'x{4294967295}', 'x{1,4294967296}']:
    try:
        re.compile(p)
    except OverflowError as e:
        print(type(e).__name__, e)
e = re.error('msg', 'abc\ndef', 5)
print(e, e.lineno, e.colno, e.args, re.error('m'), re.error('m').pos)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
