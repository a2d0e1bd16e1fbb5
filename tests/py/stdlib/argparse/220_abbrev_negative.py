# allow_abbrev, negative numbers as arguments, single-dash combined flags.
import argparse, contextlib, io

def run(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1])

p = argparse.ArgumentParser(prog='ab')
p.add_argument('--verbose', action='store_true')
p.add_argument('--value')
p.add_argument('-x', type=int)
p.add_argument('nums', nargs='*', type=float)
run(p, ['--verb', '--val', '3'])
run(p, ['--v'])
run(p, ['-x', '-2', '-1.5', '-3'])
run(p, ['-x-5'])
run(p, ['-5', '--', '-x'])
q = argparse.ArgumentParser(prog='na', allow_abbrev=False)
q.add_argument('--verbose', action='store_true')
q.add_argument('-a', action='store_true')
q.add_argument('-b', action='store_true')
q.add_argument('-c')
run(q, ['--verb'])
run(q, ['-abcVAL'])
run(q, ['-ab', '-c', 'x'])
run(q, ['-ac'])
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('pos', nargs='?')
run(n, ['-1'])
run(n, ['-2'])
run(n, ['x y'])
run(n, ['-a b'])
