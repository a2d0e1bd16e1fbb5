import re
print(re.match('(?i)abc', 'ABC'), re.findall('(?i:a)b', 'ab Ab AB'))
print(re.findall('a(?i:b)', 'ab aB AB'), re.findall('(?i)a(?-i:b)', 'ab Ab AB aB'))
print(re.findall('(?m)^x', 'x\nx'), re.findall('(?s).', 'a\nb'))
print(re.findall('(?x) a b', 'ab'), re.findall('(?a)\\w', 'aé'), re.findall('(?u)\\w', 'aé'))
print(re.compile('(?i)(?m)a').flags, re.compile('(?im)a').flags, re.compile('(?i)(?a)').flags)
print(re.findall('(?s-i:a.)', 'a\nA\n', re.I))
print(re.findall(b'(?L)\\w', b'a\xe9'), re.compile(b'(?L)a').flags)
for p in ['a(?i)b', '(?i', '(?z)', '(?iz)', '(?-i)', '(?i-i:a)', '(?-:a)', '(?L)a', '(?au)', '(?-a:x)', '(?i:a)(?m)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
try:
    re.compile(b'(?u)a')
except re.error as e:
    print(e)
