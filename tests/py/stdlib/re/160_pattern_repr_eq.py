import re
print(repr(re.compile('a+')), repr(re.compile('a+', re.IGNORECASE)))
print(repr(re.compile('a', re.I | re.M | re.S | re.X | re.A)))
print(repr(re.compile(b'a', re.L)), repr(re.compile(b'a')))
print(repr(re.compile('a', re.U)), repr(re.compile("it's")))
print(repr(re.compile('x' * 300)))
print(repr(re.compile('a', 1 << 20)))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('b'))
print(hash(re.compile('q')) == hash(re.compile('q')))
print(re.compile('a') == 'a')
d = {re.compile('k'): 1}
print(d[re.compile('k')])
