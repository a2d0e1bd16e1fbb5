# add_subparsers: dest, help, aliases, set_defaults, parsing.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='do_status')
sub.add_parser('hidden')
print(p.parse_args(['commit', '-m', 'hi']))
print(p.parse_args(['--debug', 'ci', '-m', 'x']))
print(p.parse_args(['status', 'a', 'b']))
print(p.parse_args(['hidden']))
print(p.parse_args([]))
print(p.parse_known_args(['status', '--zzz', 'q']))
print(p.format_help())
print(c.format_help())
print(c.prog, s.prog)
