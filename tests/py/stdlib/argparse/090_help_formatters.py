# The HelpFormatter variants.
import argparse, os
os.environ['COLUMNS'] = '70'

desc = '''This description
    keeps   its
  layout with raw formatters.'''

for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    print('=====', cls.__name__)
    p = argparse.ArgumentParser(prog='fmt', description=desc,
                                formatter_class=cls, epilog='end\n  of  it')
    p.add_argument('count', type=int, help='how many\n  lines')
    p.add_argument('rest', type=str, nargs='*', default=['r'], help='rest')
    p.add_argument('--ratio', type=float, default=0.5, help='a ratio')
    p.add_argument('--name', type=str, default='x', help='name, default %(default)s')
    p.add_argument('--flag', action='store_true', help='flag')
    p.add_argument('--nodef', type=int, default=argparse.SUPPRESS, help='no default')
    print(p.format_help())
