# Subparser titles, metavar, required, errors.
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

p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(title='commands', description='available commands',
                       dest='cmd', required=True, metavar='COMMAND')
a = sub.add_parser('add', help='add things')
a.add_argument('n', type=int)
sub.add_parser('remove', help='remove things', aliases=['rm', 'del'])
print(p.format_help())
run(p, [])
run(p, ['nope'])
run(p, ['add'])
run(p, ['add', 'x'])
run(p, ['add', '3', 'extra'])
run(p, ['rm'])

q = argparse.ArgumentParser(prog='q')
qs = q.add_subparsers()
qs.add_parser('one')
qs.add_parser('two')
print(q.format_usage())
run(q, ['three'])
run(q, [])
try:
    qs.add_parser('one')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
run(q, ['one', '-h'])
