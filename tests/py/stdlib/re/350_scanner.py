import re
s = re.compile(r'\d+|\s+|\w+').scanner('12 ab 3')
print(s.pattern.pattern)
while True:
    m = s.match()
    if m is None:
        break
    print(m.span(), repr(m.group()))
print(s.match(), s.match())
s = re.compile('a').scanner('xaxa')
print(s.search().span(), s.search().span(), s.search())
s = re.compile('x*').scanner('axb')
print([m.span() for m in iter(s.search, None)])
