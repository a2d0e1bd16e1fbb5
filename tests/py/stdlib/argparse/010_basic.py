# Basic optional and positional arguments, parse_args with explicit lists.
import argparse

p = argparse.ArgumentParser(prog='prog')
p.add_argument('name')
p.add_argument('-c', '--count', type=int, default=1)
p.add_argument('--verbose', action='store_true')
print(p.parse_args(['bob']))
print(p.parse_args(['bob', '-c', '3', '--verbose']))
print(p.parse_args(['--count=7', 'al']))
print(p.parse_args(['-c5', 'x']))
ns = p.parse_args(['z', '--verb'])
print(ns.name, ns.count, ns.verbose)
print(p.parse_args(['--', '-dash']))
print(p.parse_known_args(['a', '--other', 'b']))
