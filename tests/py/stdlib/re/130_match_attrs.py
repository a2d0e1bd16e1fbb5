import re
p = re.compile(r'(\w)(\w)?')
m = p.search('  ab cd', 1, 5)
print(m.pos, m.endpos, m.string, m.re is p, m.re.pattern)
print(m.span(), m.regs, m.lastindex, m.lastgroup)
m = p.match('a')
print(m.regs, m.span(2), m.start(2), m.end(2))
print(re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)
print(re.match('((a)(b))', 'ab').lastindex)
print(re.match('(a)(b)((c))', 'abc').lastindex)
print(re.match('(?:(a)|b)+', 'ab').lastindex)
m = re.match('x', 'x')
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
