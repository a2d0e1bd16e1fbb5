import re
for t in [r'\1', r'\2', r'\g<1>', r'\g<a>', r'\g<b>', r'\g<', r'\g<1', r'\g', r'\g<>',
          r'\g<-1>', r'\g<0>', r'\q', '\\', r'\n\t', r'\0', r'\01', r'\08', r'\100',
          r'\10', r'\x41', r'\u0041', r'\N{DIGIT ONE}', r'\g<1a>', r'\g<x y>', r'\3',
          r'\g<99>', r'\777', r'\-', r'\.', r'\\1']:
    try:
        print(repr(t), repr(re.sub('(?P<a>x)(y)', t, 'xy')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
m = re.match('(a)', 'a')
try:
    m.expand(r'\2')
except re.error as e:
    print(e)
