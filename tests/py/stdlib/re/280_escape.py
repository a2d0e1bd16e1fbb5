import re
print(re.escape('http://www.python.org'))
print(re.escape('a-b_c d\te'), re.escape('\u00e9\u4e2d'))
print(re.escape('!#$%&\'*+,-./:;<=>?@[\\]^_`{|}~'))
print(re.escape(b'a.b\xe9'), re.escape(''))
s = '1+1=2 (yes) [a] {b} ^$|*?'
print(re.match(re.escape(s), s).span())
print(re.findall(re.escape('a.b'), 'a.b axb'))
