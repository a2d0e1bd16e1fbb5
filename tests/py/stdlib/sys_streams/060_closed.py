# A closed sys.stdout refuses writes; the original stays reachable.
import io
import os
import sys

out = sys.stdout
sys.stdout = io.StringIO()
out.close()
print(out.closed, out.buffer.closed, out.buffer.raw.closed)
try:
    out.write('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('x', file=out)
except ValueError as e:
    print(type(e).__name__, e)
try:
    out.flush()
except ValueError as e:
    print(type(e).__name__, e)
try:
    out.fileno()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(out.buffer.raw))
os.write(1, sys.stdout.getvalue().encode())
