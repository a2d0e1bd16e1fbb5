# exit_on_error=False: ArgumentError raised instead of exiting.
import argparse, contextlib, io

p = argparse.ArgumentParser(prog='eoe', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices='ab')
p.add_argument('pos', nargs='?')
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
for args in (['--n', 'q'], ['--c', 'z'], ['--n'], ['--x', '--y']):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e)
# missing arguments / unrecognized still call error() and exit
for args in (['a', 'b'],):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1])

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('custom: ' + message)
    def exit(self, status=0, message=None):
        raise RuntimeError('exit %s %r' % (status, message))
q = Quiet(prog='quiet')
q.add_argument('--n', type=int, required=True)
for args in ([], ['--n', 'bad'], ['--n', '1', 'extra']):
    try:
        q.parse_args(args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    q.exit(3, 'bye')
except RuntimeError as e:
    print(e)
