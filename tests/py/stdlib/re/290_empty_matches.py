import re
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('x+', '-', 'abxd'))
print(re.findall(r'\b|a', 'a'), re.findall('a|', 'bab'), re.findall('(|a)', 'aa'))
print(re.split('x*', 'axbc'), re.split('(x*)', 'axbc'))
print(re.subn(r'\b', '|', 'ab cd'))
print([m.span() for m in re.finditer(r'\b|\w', 'ab')])
print(re.sub('a*?', '-', 'baac'), re.findall('a??', 'aa'))
print(re.split(r'(?=b)', 'abab'), re.split('$', 'a\nb'))
print(re.sub('(?<=a)', '-', 'aab'))
