import re
print(re.match('(?>a+)b', 'aaab'), re.match('(?>a+)a', 'aaa'))
print(re.match('(?>a|ab)c', 'abc'), re.match('(?:a|ab)c', 'abc'))
print(re.match('a++', 'aaa'), re.match('a++a', 'aaa'))
print(re.match('a*+b', 'aab'), re.match('a?+a', 'a'), re.match('a{1,2}+a', 'aaa'))
print(re.match('(?:ab)*+', 'ababa'), re.match('(?:ab)++b', 'abab'))
print(re.match('(?>(a)|b)+', 'abab').groups(), re.match('(?>(a+))b', 'aab').groups())
print(re.match(r'"(?>[^"\\]+|\\.)*"', r'"a\"b" rest').group())
print(re.findall(r'\d++(?!\.)', '12 3.4 56'))
try:
    re.compile('a*+?')
except re.error as e:
    print(e)
