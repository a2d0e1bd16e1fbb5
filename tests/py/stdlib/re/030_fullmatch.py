import re
print(re.fullmatch('a|ab', 'ab'))
print(re.fullmatch('a*', 'aaa'), re.fullmatch('a*', 'aab'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123 '))
print(re.fullmatch('(a+)(a*)', 'aaaa').groups())
p = re.compile('o[gh]')
print(p.fullmatch('dog'), p.fullmatch('ogre'), p.fullmatch('doggie', 1, 3))
print(re.fullmatch('a$', 'a\n'), re.fullmatch('', ''))
print(re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'))
