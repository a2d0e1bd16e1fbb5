import re
p = re.compile('a')
print(p.match('ba', 1), p.match('ba', 1, 1), p.search('aaa', 1, 2))
print(p.search('aaa', -5), p.search('aaa', 10), p.search('aaa', 2, 1))
print(p.findall('aaaa', 1, 3), p.findall('aaaa', 3, 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile('(?<=a)b').search('ab', 1))
m = p.search('xxaxx', 1, 4)
print(m.pos, m.endpos, m.span())
print(p.search('aaa', endpos=-1))
for kw in [{'pos': 2**70}, {'endpos': 2**70}, {'pos': -2**70}]:
    try:
        print(p.search('a', **kw))
    except OverflowError as e:
        print(type(e).__name__, e)
print([m.span() for m in p.finditer('aaaa', 1, 3)])
print(p.fullmatch('xax', 1, 2), re.compile('$').search('ab', 0, 1).span())
