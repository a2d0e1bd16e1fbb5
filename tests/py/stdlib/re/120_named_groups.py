import re
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?')
m = p.match('2024-05')
print(m.groupdict(), m.groupdict('?'))
print(m.group('year'), m['month'], m.group('day'), m.span('month'))
print(m.lastgroup, m.lastindex)
print(sorted(p.groupindex.items()), p.groups)
m = p.match('2024-05-07')
print(m.lastgroup, m.lastindex, m.group('day'))
print(re.match(r'(?P<a>x)(?P<b>y)', 'xy').lastgroup)
print(re.match(r'(?P<a>x)(y)', 'xy').lastgroup)
print(re.match(r'(?P<é>x)', 'x').groupdict())
try:
    m.group('nope')
except IndexError as e:
    print(type(e).__name__, e)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print(type(e).__name__)
