# Bytes written to sys.stdout.buffer go behind what the text layer already
# handed to the buffer; the text layer keeps its own pending text until a
# flush, so the order on a pipe is CPython's.
import sys

print('one')
sys.stdout.flush()
n = sys.stdout.buffer.write(b'two\n')
print('written', n)
sys.stdout.flush()
print('three', end='')
print()
sys.stdout.buffer.write(b'four\n')
sys.stdout.flush()
print(sys.stdout.write('five\n'))
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b'six\n'))
sys.stdout.buffer.flush()
print('seven')
sys.stdout.buffer.write(b'eight\n')
print('nine')
