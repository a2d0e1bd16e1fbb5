# nargs: N, '?', '*', '+', REMAINDER, with const and default.
import argparse

p = argparse.ArgumentParser(prog='prog')
p.add_argument('--two', nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=int)
print(p.parse_args([]))
print(p.parse_args(['--two', 'a', 'b', '--opt']))
print(p.parse_args(['--opt', 'v', '--many']))
print(p.parse_args(['--many', 'x', 'y', '--some', '1', '2', '3']))

q = argparse.ArgumentParser(prog='q')
q.add_argument('first')
q.add_argument('middle', nargs='*')
q.add_argument('last', nargs=2)
print(q.parse_args(['1', '2', '3']))
print(q.parse_args(['1', '2', '3', '4', '5']))

r = argparse.ArgumentParser(prog='r')
r.add_argument('maybe', nargs='?', default='dflt')
r.add_argument('--flag', action='store_true')
print(r.parse_args([]), r.parse_args(['v', '--flag']))

s = argparse.ArgumentParser(prog='s')
s.add_argument('cmd')
s.add_argument('rest', nargs=argparse.REMAINDER)
print(s.parse_args(['run', '-x', '--y', 'z']))
print(s.parse_args(['run']))
