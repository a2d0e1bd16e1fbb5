# usage=, %(prog)s in texts, prog from sys.argv[0], ArgumentParser repr.
import argparse, os, sys
os.environ['COLUMNS'] = '80'

sys.argv = ['/some/path/tool.py', 'x']
p = argparse.ArgumentParser(description='%(prog)s does things.')
print(p.prog)
print(p.format_help())
print(p)
q = argparse.ArgumentParser(prog='q', usage='%(prog)s [options] FILE',
                            description=argparse.SUPPRESS, epilog='bye %(prog)s')
q.add_argument('file', help='file for %(prog)s (%(type)s, %(dest)s)', type=int)
print(q.format_help())
r = argparse.ArgumentParser(prog='r', usage=argparse.SUPPRESS)
r.add_argument('--z')
print(repr(r.format_usage()))
print(r.format_help())
print(argparse.ArgumentParser(prog='e', add_help=False).format_help(), end='|\n')
s = argparse.ArgumentParser(prog='s')
s.add_argument('rest', nargs='*')
print(s.parse_args())
