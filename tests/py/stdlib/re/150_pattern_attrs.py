import re
p = re.compile(r'(?P<a>x)(y)(?P<c>z)', re.I)
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(type(p.flags), re.compile('a').flags, re.compile(b'a').flags)
print(re.compile('(?x)a').flags, re.compile('(?i)(?m)a').flags, re.compile('a', re.A).flags)
print(re.compile('(?a:b)').flags, re.compile('(?s:a)').flags)
print(type(p).__name__, type(p).__module__, type(p) is re.Pattern)
m = p.match('xyz')
print(type(m).__name__, type(m).__module__, isinstance(m, re.Match))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
