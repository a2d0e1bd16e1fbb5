# add_argument_group: titles, descriptions, help layout.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='grp', description='Groups demo.')
p.add_argument('input')
g = p.add_argument_group('network', 'Settings for the network connection.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, help='port number')
e = p.add_argument_group('empty group')
n = p.add_argument_group(description='A group with no title.')
n.add_argument('--untitled', action='store_true', help='in an untitled group')
o = p.add_argument_group('output')
o.add_argument('out', nargs='?', help='positional in a group')
print(p.format_help())
print(p.parse_args(['in', 'o', '--host', 'h', '--port', '8']))
# '?' after a positional is consumed (empty) before the options: CPython quirk
print(p.parse_known_args(['in', '--port', '8', 'o']))
print([grp.title for grp in p._action_groups])
