# Mutually exclusive groups: usage brackets and conflicts.
import argparse, contextlib, io, os
os.environ['COLUMNS'] = '80'

def run(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
    print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='aaa')
g.add_argument('-b', action='store_true', help='bbb')
g.add_argument('--c', type=int, default=3)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--on', action='store_true')
r.add_argument('--off', action='store_true')
r.add_argument('--level', nargs='?')
print(p.format_help())
run(p, ['--on'])
run(p, ['-a', '-b', '--on'])
run(p, ['-a', '--c', '5', '--on'])
run(p, ['--c', '3', '-a', '--off'])
run(p, [])
run(p, ['--on', '--off'])

q = argparse.ArgumentParser(prog='q')
q.add_argument('--x')
g = q.add_mutually_exclusive_group()
g.add_argument('--one', action='store_true')
g.add_argument('name', nargs='?')
print(q.format_usage(), end='')
run(q, ['--one', 'n'])
s = argparse.ArgumentParser(prog='s')
g = s.add_mutually_exclusive_group(required=True)
g.add_argument('--only', action='store_true')
g.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
print(s.format_usage(), end='')
run(s, [])
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print(type(e).__name__, e)
