import re
print(re.findall(r'\Aa', 'aa\na', re.M), re.findall(r'a\Z', 'a\na\n'), re.findall(r'a\Z', 'a\na'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'), re.search(r'\b', 'a').span())
print(re.findall(r'\bx\b', 'x xx x-x _x'), re.findall(r'\Bx\B', 'axb x axb'))
print(re.search('^$', ''), re.search('^$', '\n'), re.findall('^$', '\n\n', re.M))
print(re.search('a$', 'a\n\n'), re.search('a$', 'a\n').span(), re.search('a\\Z', 'a\n'))
print(re.findall(r'(?m)$', 'ab\ncd'), re.findall(r'\b', 'a.b'))
