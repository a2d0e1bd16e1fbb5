from string import Formatter
f = Formatter()
class P:
    x = 10
    items = {'k': [7, 8]}
cases = [('{}{}', (1, 2), {}), ('{1}{0}', (1, 2), {}), ('{0:>5}|', ('ab',), {}),
         ('{a.real}', (), {'a': 3}), ('{0[1]}', ([4, 5],), {}),
         ('{p.x} {p.items[k][1]}', (), {'p': P()}), ('{0!r:^9}', ('s',), {}),
         ('{:{}}', (1, 5), {}), ('{0!a}', ('é',), {}), ('{0:{1}.{2}f}', (3.14159, 8, 2), {}),
         ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{0:{}}', (1, 2), {}),
         ('{0!x}', (1,), {}), ('{a.}', (), {}), ('{a.}', (), {'a': 1}),
         ('{0:{1:{2}}}', (1, 2, 3), {}), ('{}', (), {}), ('{x}', (), {}),
         ('{.real}', (5,), {}), ('{0.}', (1,), {}), ('{0[1]x}', ([1, 2],), {}),
         ('{0[9]}', ([1],), {}), ('{0.nope}', (1,), {}),
         ('{99999999999999999999}', (), {}), ('{0[-1]}', ({'-1': 'neg'},), {})]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), repr(f.vformat(fmt, args, kwargs)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(f.format('{0}-{name}', 'pos', name='kw'))
print(f.format('{self} {format_string}', self=1, format_string=2))
print(f.get_field('0.real', (5,), {}))
print(f.get_field('a[0]', (), {'a': 'xyz'}))
print(f.get_value(0, ('z',), {}), f.get_value('k', (), {'k': 'v'}))
print(repr(f.convert_field(3, None)), f.convert_field('s', 'r'), f.convert_field('é', 'a'))
print(repr(f.format_field(3.5, '08.3f')))
print(f.check_unused_args({0}, (1, 2), {}))
