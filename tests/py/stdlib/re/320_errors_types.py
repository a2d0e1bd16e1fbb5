import re
p = re.compile('(a)')
for f in [lambda: p.match(1), lambda: p.match(None), lambda: p.match(),
          lambda: p.search('a', 'x'), lambda: p.sub('a'), lambda: re.compile('a', 'x'),
          lambda: p.match('a', pos=1.5), lambda: p.split('a', 'b'),
          lambda: p.match('a').group(5), lambda: p.match('a').start(3),
          lambda: p.match(string='a', pos=0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
