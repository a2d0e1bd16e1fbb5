import re
s = 'ab_9 é٣ \u2003x\x1c'
for pat in [r'\w', r'\W', r'\d', r'\D', r'\s', r'\S']:
    print(pat, re.findall(pat, s), re.findall(pat, s, re.A))
print(re.findall(r'[\w]', 'aé'), re.findall(r'(?a)[\w]', 'aé'))
print(re.findall(rb'\w+', b'ab\xe9cd'), re.findall(rb'\s', b' \t\x1c'))
print(re.findall(r'\b\w+\b', 'né voilà'), re.findall(r'(?a)\b\w+\b', 'né voilà'))
print(re.findall(r'[^\d\s]+', 'ab 12 cd3'))
print(re.findall(r'\d', '²³¼١'), re.findall(r'\w', '²¼'))
