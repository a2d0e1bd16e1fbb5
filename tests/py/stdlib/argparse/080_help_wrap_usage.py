# Long usage lines wrap; long program names go on their own line.
import argparse, os
os.environ['COLUMNS'] = '60'

def build(prog):
    p = argparse.ArgumentParser(prog=prog)
    for name in 'abcdefgh':
        p.add_argument('--option-' + name, metavar=name.upper() * 3)
    p.add_argument('source')
    p.add_argument('destinations', nargs='*')
    return p

print(build('short').format_usage())
print(build('a-rather-long-program-name-for-this-tool').format_usage())
p = argparse.ArgumentParser(prog='pos')
for name in 'abcdefghij':
    p.add_argument('positional_' + name)
print(p.format_usage())
p = argparse.ArgumentParser(prog='opts', add_help=False)
for name in 'abcdefghij':
    p.add_argument('--optional-' + name, required=name in 'ace')
print(p.format_help())
