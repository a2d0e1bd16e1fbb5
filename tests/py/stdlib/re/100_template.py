import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.expand(r'\2, \1'))
print(m.expand(r'\g<last>, \g<first>'))
print(m.expand(r'\g<0>!'))
print(m.expand(r'[\g<2>]\n'))
m = re.match('(a)(b)?', 'a')
print(repr(m.expand(r'\1-\2-')))
m = re.match(b'(x)', b'x')
print(m.expand(rb'<\1>'))
for t in [r'\g<1>', r'\g<first>', r'\g<0>', r'\100', r'\08', r'\1\1']:
    print(t, re.sub(r'(?P<first>@)', t, 'a@b'))
