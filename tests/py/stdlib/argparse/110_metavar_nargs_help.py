# metavar strings and tuples with every nargs, in usage and help.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='mv')
p.add_argument('--pt', nargs=2, metavar=('X', 'Y'))
p.add_argument('--q', nargs='?')
p.add_argument('--s', nargs='*')
p.add_argument('--s2', nargs='*', metavar=('A', 'B'))
p.add_argument('--p', nargs='+')
p.add_argument('--p2', nargs='+', metavar=('F', 'G'))
p.add_argument('--three', nargs=3)
p.add_argument('--ch', choices=[1, 2, 3], nargs='+')
p.add_argument('pos', nargs='?')
p.add_argument('many', nargs='*', metavar='M')
p.add_argument('rem', nargs='...')
print(p.format_help())
try:
    p.add_argument('--bad', nargs=2, metavar=('only',))
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.add_argument('--bad2', nargs='x')
except ValueError as e:
    print(type(e).__name__, e)
