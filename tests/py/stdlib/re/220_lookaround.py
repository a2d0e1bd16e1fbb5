import re
print(re.findall(r'\w+(?=,)', 'a, b, c'))
print(re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=ab)c', 'abc').span(), re.search(r'(?<=a|b)c', 'bc').span())
print(re.search('(?=(a+))a', 'aaa').groups(), re.search('(?!(a))b', 'b').groups())
print(re.search('(?<=(a))b', 'ab').groups())
print(re.match('a(?=b)', 'ab').span(), re.compile('(?<=a)b').search('ab', 1))
print(re.compile('(?<=a)b').match('ab', 1))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.search(r'(?<=(?<=a)b)c', 'abc'))
print(re.search(r'(?<=(a))(?<=\1)b', 'ab'))
for p in [r'(?<=a*)b', r'(?<=a|bc)d', r'(?<!a{1,2})b', r'(?<=(a)\1)b']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
