# print() to the standard streams, to replacements of sys.stdout, and
# through the saved sys.__stdout__.
import io
import sys

print('to', 'stdout', sep='-', end='!\n')
print('to stderr', file=sys.stderr)
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured', 1, 2)
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text))
print('through __stdout__', file=sys.__stdout__, flush=True)
sys.stdout = None
print('nowhere')
sys.stdout = saved


class Upper(io.TextIOWrapper):
    pass


w = Upper(io.BytesIO(), encoding='utf-8')
print('sub', 'class', file=w)
w.flush()
print(w.buffer.getvalue())
print(sys.stdout.closed, sys.stderr.closed)
