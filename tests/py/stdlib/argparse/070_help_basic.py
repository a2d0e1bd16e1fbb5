# format_help layout: usage, description, groups, epilog.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='frob', description='Frobnicate the given '
                            'files, optionally twice, and report what was done.',
                            epilog='See the manual for more.')
p.add_argument('files', nargs='+', help='files to frobnicate')
p.add_argument('-t', '--twice', action='store_true', help='do it twice')
p.add_argument('-o', '--output', metavar='FILE', help='where to write the '
               'report; it may be long so this help text wraps onto several '
               'lines of the help output')
p.add_argument('--level', type=int, default=3, help='level (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], help='one of %(choices)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
print(p.format_help())
print(repr(p.format_usage()))
p.print_usage()
p.print_help()
