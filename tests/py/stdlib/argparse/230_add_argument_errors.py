# Errors from add_argument and action constructors.
import argparse

p = argparse.ArgumentParser(prog='ae')
cases = [
    (('x',), dict(required=True)),
    (('x',), dict(dest='y')),
    (('--a',), dict(nargs=0)),
    (('--a',), dict(action='append', nargs=0)),
    (('--a',), dict(const=1)),
    (('--a',), dict(action='bogus')),
    (('--a',), dict(type='int')),
    (('--a',), dict(type=argparse.FileType)),
    (('--',), dict()),
    (('-',), dict()),
    (('--a',), dict(action='store_true', nargs=1)),
    (('--a',), dict(metavar=('A', 'B'))),
]
for args, kwargs in cases:
    try:
        a = p.add_argument(*args, **kwargs)
        print('ok', a)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
a = p.add_argument('--ok', action='store_const', const=1)
print(a)
print(p.add_argument('--n', nargs='?', const=5))
print(p)
