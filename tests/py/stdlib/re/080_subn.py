import re
print(re.subn('a', 'b', 'banana'))
print(re.subn('a', 'b', 'banana', 2))
print(re.subn('z', 'b', 'banana'))
print(re.subn('', '-', 'ab'))
p = re.compile(r'(\d+)')
print(p.subn(r'<\1>', 'a1b22c'))
print(p.subn(lambda m: str(int(m.group()) * 2), 'a1b22c', count=1))
print(re.subn('a', 'b', 'aaa', -1))
