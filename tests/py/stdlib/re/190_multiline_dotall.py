import re
s = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', s), re.findall('^\\w+', s, re.M))
print(re.findall('\\w+$', s), re.findall('\\w+$', s, re.M))
print(re.findall('.+', s), re.findall('.+', s, re.S))
print(re.search('one.two', s), re.search('one.two', s, re.DOTALL).span())
print(re.findall('^', 'a\nb\n', re.M), re.findall('$', 'a\nb\n', re.M))
print(re.findall('$', 'a\nb\n'), re.search('\\Z', 'a\n').span())
print(re.findall('(?m)^x', 'x\nx\r\nx'), re.findall('(?s:.)', '\n\r'))
