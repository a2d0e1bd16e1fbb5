import re
print(re.match('abc', 'abcd'))
print(repr(re.search('b', 'abc')))
print(re.match(b'ab', b'abc'))
print(re.match('', 'x'))
print(re.search('é+', 'aéé\n'))
print(re.search("'", "a'b"), re.search('"', 'a"b'))
print(re.search('\n', 'a\nb'))
print(re.match('a*', 'a' * 60))
