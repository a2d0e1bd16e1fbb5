import re
s = 'naïve café 中文 🐍🐍 Ωmega'
print(re.findall(r'\w+', s), re.findall('[\u4e00-\u9fff]+', s), re.findall('🐍+', s))
print(re.search('café', s).span(), re.sub('é', 'e', s), re.split(' ', s))
print(re.match('.', '🐍').span(), re.match('\\U0001F40D', '🐍'), re.match('\\N{SNAKE}', '🐍'))
print(re.findall('[^a]', 'a🐍b'), re.match('\\N{LATIN SMALL LETTER A}', 'a'))
m = re.search('(ï)(ve)', s)
print(m.span(), m.span(1), m.groups(), m)
print(re.sub('(\\w+) (\\w+)', r'\2 \1', 'héllo wörld'), re.findall('(?i)Ω', 'ωΩ'))
print(re.search('\\u00e9', 'café'), re.findall('[\\u00e0-\\u00ff]', 'àéÿ'))
