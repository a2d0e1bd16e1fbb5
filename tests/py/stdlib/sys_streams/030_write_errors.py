# write() on the standard streams: argument checks, and what is not allowed.
import io
import sys

for bad in (b'x', 5, None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    sys.stdout.buffer.raw.read(1)
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
for f in (sys.stdout.tell, sys.stdout.buffer.tell):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)
print(sys.stdout.write(''), sys.stdout.write('é\n'))
print(sys.stdout.writelines(['a', 'b\n']))
