from string import Formatter
f = Formatter()
cases = ['', 'abc', '{0}', 'a{{b', 'a}}b', '{{}}', '{0!r}', '{0!r:>5}',
         '{0:{1}}', '{a.b[c]}', 'x{}y{}z', '{:}', '{!r}', '{0[a}b]}',
         '{0:{{}}}', '{0!:}', '{0:{1:{2}}}', '{a:b}c{d!s:e}', '{ }',
         '{0 !r}', '{0!r:}', '{0:[}', '{[a:b]}', '{x!{}']
for s in cases:
    print(repr(s), list(f.parse(s)))
errors = ['{0!}', '{0!rr}', '{', '}', 'a{b', 'a}b', '{0:', '{0[}', '{!}',
          '}}}', '{{{', '{:{', '{0:}}', '{0!', '{a{b}c}', 'ab{}}']
for s in errors:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
parts = f.parse('ok{0}}')
print(next(parts))
try:
    next(parts)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.parse(5)
except TypeError as e:
    print(type(e).__name__, e)
