# store, store_const, store_true, store_false, append, append_const, count, extend.
import argparse

p = argparse.ArgumentParser(prog='prog')
p.add_argument('--s')
p.add_argument('--sc', action='store_const', const=42)
p.add_argument('--t', action='store_true')
p.add_argument('--f', action='store_false')
p.add_argument('--ap', action='append')
p.add_argument('--ac', dest='consts', action='append_const', const=str)
p.add_argument('--ai', dest='consts', action='append_const', const=int)
p.add_argument('-v', action='count')
p.add_argument('-q', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+')
print(p.parse_args([]))
print(p.parse_args(['--s', 'x', '--sc', '--t', '--f']))
print(p.parse_args(['--ap', '1', '--ap', '2', '--ac', '--ai', '--ac']))
print(p.parse_args(['-vvv', '-v', '-qq']))
print(p.parse_args(['--ext', 'a', 'b', '--ext', 'c']))

d = argparse.ArgumentParser(prog='d')
default = ['keep']
d.add_argument('--x', action='append', default=default)
print(d.parse_args(['--x', 'new']), default)
print(d.parse_args([]))
print(d.get_default('x'))
