# required=True options, help layout of long invocations and sub-actions.
import argparse, contextlib, io, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='req')
p.add_argument('-i', '--input', required=True, help='input file')
p.add_argument('--an-extremely-long-option-name-here', metavar='SOMETHING',
               help='help that starts on the next line')
p.add_argument('pos', nargs=2, help='')
p.add_argument('--empty', help='')
print(p.format_help())
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(['a'])
except SystemExit as e:
    print('exit', e.code)
print(err.getvalue(), end='')
print(p.parse_args(['-i', 'f', 'a', 'b']))
