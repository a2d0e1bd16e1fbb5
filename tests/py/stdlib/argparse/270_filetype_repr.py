# FileType repr and '-' handling, error for missing files.
import argparse, sys

print(argparse.FileType())
print(argparse.FileType('w', 1, encoding='utf-8', errors='strict'))
print(argparse.FileType('rb', -1, errors='ignore'))
print(argparse.FileType('r')('-') is sys.stdin)
print(argparse.FileType('w')('-') is sys.stdout)
try:
    argparse.FileType('q')('-')
except ValueError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='ft', exit_on_error=False)
p.add_argument('f', type=argparse.FileType('r'))
try:
    p.parse_args(['/nonexistent/dir/file.txt'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
print(p.parse_args(['-']).f is sys.stdin)
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
print(issubclass(argparse.ArgumentError, Exception),
      issubclass(argparse.ArgumentTypeError, Exception))
