# The standard streams are io.TextIOWrapper over buffered and raw layers.
import io
import sys

for s in (sys.stdout, sys.stderr):
    print(repr(s))
    print(' ', s.encoding, s.errors, s.line_buffering, s.write_through)
    print(' ', s.name, s.mode, s.closed, s.fileno(), s.isatty())
    print(' ', s.readable(), s.writable(), s.seekable())
    print(' ', repr(s.buffer), repr(s.buffer.raw))
    print(' ', s.buffer.raw.closefd, s.buffer.raw.mode, s.buffer.name)
print(repr(sys.stdin), sys.stdin.encoding, sys.stdin.errors, sys.stdin.mode)
print(repr(sys.stdin.buffer), repr(sys.stdin.buffer.raw), sys.stdin.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.newlines)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
print(isinstance(sys.stdout.buffer, io.BufferedWriter), isinstance(sys.stdout.buffer.raw, io.FileIO))
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__)
