# parents=, conflict_handler='resolve', conflicting option errors.
import argparse, os
os.environ['COLUMNS'] = '80'

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--parent', type=int, default=1)
grp = base.add_argument_group('shared', 'Shared options.')
grp.add_argument('--shared-opt', action='store_true')
mx = base.add_mutually_exclusive_group()
mx.add_argument('--yes', action='store_true')
mx.add_argument('--no', action='store_true')
base.set_defaults(extra='from-parent')

child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('pos')
print(child.parse_args(['p', '--parent', '5', '--yes']))
print(child.format_help())

try:
    child.add_argument('--parent')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    child.add_argument('-h', '--help', '--yes')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-x', '--ex', help='old')
r.add_argument('--ex', help='new')
r.add_argument('-h', help='not help any more')
print(r.format_help())
print(r.parse_args(['-x', '1', '--ex', '2', '-h', '3']))
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print(type(e).__name__, e)
