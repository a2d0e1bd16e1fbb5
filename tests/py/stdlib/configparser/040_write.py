# write(): the exact layout, with and without spaces; defaults first.
import configparser, io
c = configparser.ConfigParser()
c['DEFAULT'] = {'a': '1'}
c['one'] = {'x': 'hello', 'multi': 'l1\nl2'}
c.add_section('two')
c.set('two', 'k', 'v')
s = io.StringIO()
c.write(s)
print(repr(s.getvalue()))
s = io.StringIO()
c.write(s, space_around_delimiters=False)
print(repr(s.getvalue()))
c2 = configparser.ConfigParser()
c2.read_string(s.getvalue())
print({k: dict(v) for k, v in c2.items()})
n = configparser.ConfigParser(allow_no_value=True)
n.read_string("[flags]\nverbose\nlevel = 3\n")
print(n.get('flags', 'verbose'), n.items('flags'))
s = io.StringIO()
n.write(s)
print(repr(s.getvalue()))
