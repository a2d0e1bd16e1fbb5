# reconfigure(): the encoding and errors decide what a non-encodable
# character does.
import sys

sys.stdout.reconfigure(encoding='ascii', errors='replace')
print(sys.stdout.encoding, sys.stdout.errors)
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(errors='backslashreplace')
print('caf\xe9 \u20ac', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors='strict')
try:
    print('caf\xe9')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(encoding='latin-1')
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.flush()
sys.stdout.buffer.write('caf\xe9\n'.encode('latin-1'))
sys.stdout.reconfigure(encoding='utf-8', line_buffering=True)
print(sys.stdout.encoding, sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=True, line_buffering=False)
print(sys.stdout.line_buffering, sys.stdout.write_through)
try:
    sys.stdout.reconfigure(encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(newline='x')
except ValueError as e:
    print(type(e).__name__, e)
print('done')
