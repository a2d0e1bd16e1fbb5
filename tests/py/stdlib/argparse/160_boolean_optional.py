# BooleanOptionalAction: --x / --no-x, help and usage.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='bo')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='use colors')
p.add_argument('--cache', action=argparse.BooleanOptionalAction)
p.add_argument('-s', '--sync', action=argparse.BooleanOptionalAction,
               help='sync it')
print(p.parse_args([]))
print(p.parse_args(['--no-color', '--cache', '--no-sync']))
print(p.parse_args(['--color', '-s', '--no-cache']))
print(p.format_help())
a = p._option_string_actions['--color']
print(a.option_strings, a.nargs, a.format_usage())
print(repr(a))
