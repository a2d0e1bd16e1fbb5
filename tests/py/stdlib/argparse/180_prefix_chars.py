# prefix_chars other than '-'.
import argparse, os
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
p.add_argument('/q', type=int)
print(p.parse_args(['+f', '++bar', 'X', '/q', '4']))
print(p.parse_args(['++ba=Y', '-notanoption']) if False else p.parse_known_args(['++ba=Y', '-notanoption']))
print(p.format_help())
m = argparse.ArgumentParser(prog='mix', prefix_chars='-+')
m.add_argument('+x', action='store_true')
m.add_argument('-y', action='store_true')
print(m.parse_args(['+x', '-y']))
print(m.format_usage(), end='')
try:
    m.add_argument('z-opt', 'w')
except ValueError as e:
    print(type(e).__name__, e)
try:
    m.add_argument('-y', 'bad')
except ValueError as e:
    print(type(e).__name__, e)
