import re
it = re.finditer(r'\d+', 'a1 b22 c333')
print([m.span() for m in it])
for m in re.finditer(r'(?P<k>\w+)=(?P<v>\w+)', 'a=1 b=2'):
    print(m.group('k'), m.group('v'), m.groupdict())
print([m.group() for m in re.finditer('x*', 'axxb')])
it = re.compile('a').finditer('aXa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
print(list(re.finditer('z', 'abc')))
