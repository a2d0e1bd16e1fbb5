# type conversion, choices, string defaults converted, custom types.
import argparse

def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

p = argparse.ArgumentParser(prog='prog', exit_on_error=False)
p.add_argument('--i', type=int, default='10')
p.add_argument('--f', type=float)
p.add_argument('--e', type=even)
p.add_argument('--c', choices=['red', 'green'])
p.add_argument('--n', type=int, choices=range(1, 4))
p.add_argument('--l', type=lambda s: s.upper())
print(p.parse_args([]))
print(p.parse_args(['--i', '3', '--f', '2.5', '--e', '4', '--c', 'red', '--n', '2', '--l', 'abc']))
for args in (['--i', 'x'], ['--f', 'nan?'], ['--e', '3'], ['--c', 'blue'],
             ['--n', '7'], ['--e', 'q']):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e)
        print(' ', e.argument_name, '|', e.message)
