# error(): usage + "prog: error: ..." on stderr and exit status 2.
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

p = argparse.ArgumentParser(prog='prog')
p.add_argument('x')
p.add_argument('-n', type=int)
p.add_argument('--foo'); p.add_argument('--for')
p.add_argument('-c', choices=['a', 'b'])
p.add_argument('--two', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--quest', nargs='?')
run(p, [])
run(p, ['a', 'b', 'c'])
run(p, ['a', '-n', 'x'])
run(p, ['a', '-c', 'z'])
run(p, ['a', '--fo', '1'])
run(p, ['a', '--fo=1'])
run(p, ['a', '-n'])
run(p, ['a', '--two', '1'])
run(p, ['a', '--plus'])
run(p, ['a', '--unknown'])
run(p, ['a', '--quest=1'])
