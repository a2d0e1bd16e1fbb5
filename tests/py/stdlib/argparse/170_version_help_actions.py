# help and version actions print and exit 0.
import argparse, contextlib, io, os
os.environ['COLUMNS'] = '80'

def run(parser, args):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
    print(out.getvalue(), end='')

p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', '--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--custom-help', action='help', help='also help')
run(p, ['--version'])
run(p, ['-V', '--bogus'])
run(p, ['--custom-help'])
run(p, ['-h'])
run(p, ['--he'])
q = argparse.ArgumentParser(prog='nohelp', add_help=False)
q.add_argument('--x')
print(q.format_help())
q.version = 'plain version'
q.add_argument('--v', action='version')
run(q, ['--v'])
