import re
print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcd'))
print(re.sub(r'(\d)', r'\g<1>0', '1 2'))
print(re.sub('', '-', 'abc'))
print(re.sub('b*', '-', 'abc'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n', 'xax') == 'x\nx', repr(re.sub('a', r'\\', 'a')))
print(repr(re.sub('a', r'\-', 'a')), repr(re.sub('a', r'\0', 'a')), repr(re.sub('a', r'\101', 'a')))
s = 'unchanged'
print(re.sub('z', 'y', s) is s)
