import re
p = re.compile(r"""
    (?P<int>\d+)    # integer part
    \.              # the point
    (?P<frac>\d*)   # fraction
""", re.X)
print(p.match('3.14').groupdict())
print(re.match(r'(?x) a b  c', 'abc'), re.match(r'(?x) a\ b', 'a b'))
print(re.match(r'(?x)[ ]x', ' x'), re.match('(?x)a#comment\nb', 'ab'))
print(re.match(r'(?x) a {2}', 'aa'), re.match(r'(?x)a{1, 2}', 'a{1,2}'))
print(re.compile('(?x)a').flags & re.X == re.X)
