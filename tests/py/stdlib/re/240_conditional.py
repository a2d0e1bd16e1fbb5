import re
p = re.compile(r'(<)?\w+(?(1)>|$)')
for s in ['<user>', 'user', '<user', 'user>']:
    print(s, p.match(s))
q = re.compile(r'(?P<q>")?\w+(?(q)")')
print(q.findall('"a" b "c'), [m.group() for m in q.finditer('"a" b "c')])
print(re.match(r'(a)?(?(1)b)', 'x').span(), re.match(r'(a)?(?(1)b|c)', 'c').span())
print(re.match(r'(?:(a)|x)(?(1)b|c)', 'xc').span())
print(re.match(r'(a)(?(1)|z)', 'a').span())
print(re.fullmatch(r'(\()?\d+(?(1)\))', '(12)'), re.fullmatch(r'(\()?\d+(?(1)\))', '(12'))
for p in ['(?(1)a|b|c)', '(?(a)b)', '(?(0)a)', '(?(2)a)(b)', '(?(1a)b)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
print(re.compile('(?(2)a)(b)(c)').groups)
