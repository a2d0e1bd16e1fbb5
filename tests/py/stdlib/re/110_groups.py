import re
m = re.match(r'(\d+)\.(\d+)?(x)?', '24.')
print(m.groups(), m.groups('0'), m.groups(default='-'))
print(m.group(0, 1, 2), m.group(3))
print(m.span(2), m.start(3), m.end(3))
m = re.match('((a)(b))(c)', 'abc')
print(m.groups(), m.lastindex, m.regs)
print(re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').lastindex)
print(re.match('(a|b)*', 'abab').groups(), re.match('(a)+', 'aaa').span(1))
for i in range(5):
    try:
        print(i, m.group(i))
    except IndexError as e:
        print(i, type(e).__name__, e)
for g in [-1, 'x', 1.0, None]:
    try:
        m.group(g)
    except IndexError as e:
        print(repr(g), type(e).__name__, e)
print(m.group(True), m[0], m[2])
