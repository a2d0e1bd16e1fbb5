import re
a = re.compile('cached')
b = re.compile('cached')
print(a is b, a == b)
re.purge()
c = re.compile('cached')
print(c == a)
print(re.compile('x', re.I) is re.compile('x', re.I), re.compile('x', re.I) is re.compile('x'))
for i in range(600):
    re.match('a%d' % i, 'a%d' % i)
print(re.match('a1', 'a1').span())
print(re.compile(b'cached') == re.compile('cached'))
