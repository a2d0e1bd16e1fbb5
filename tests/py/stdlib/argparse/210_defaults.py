# set_defaults, get_default, argument_default, SUPPRESS defaults, namespace=.
import argparse

p = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=None)
p.add_argument('pos', nargs='?')
print(p.parse_args([]))
print(p.parse_args(['--a', '1', 'x']))

q = argparse.ArgumentParser(prog='q')
q.add_argument('--x', default=1)
q.set_defaults(x=2, y=3)
print(q.parse_args([]), q.get_default('x'), q.get_default('y'), q.get_default('z'))
q.add_argument('--y')
print(q.parse_args([]))
ns = argparse.Namespace(x='preset', other=True)
print(q.parse_args([], namespace=ns), ns)
print(q.parse_args(['--x', '9'], namespace=argparse.Namespace(x='p')))

class Holder:
    pass
h = q.parse_args(['--y', 'why'], namespace=Holder())
print(type(h).__name__, h.x, h.y)

r = argparse.ArgumentParser(prog='r')
r.add_argument('--n', type=int, default='5')
r.add_argument('--m', type=int, default=5.5)
r.add_argument('--l', nargs='*', type=int, default='7')
print(r.parse_args([]))
