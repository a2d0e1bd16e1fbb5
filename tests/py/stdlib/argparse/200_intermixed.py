# parse_intermixed_args vs parse_args with interleaved positionals.
import argparse, contextlib, io, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
args = 'doit 1 --foo bar 2 3'.split()
print(p.parse_known_args(args))
print(p.parse_intermixed_args(args))
print(p.parse_known_intermixed_args(args + ['--zz']))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_intermixed_args(['--foo', 'x'])
except SystemExit as e:
    print('exit', e.code)
print(err.getvalue(), end='')

q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs='...')
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group()
g.add_argument('--a')
g.add_argument('b', nargs='?')
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)
