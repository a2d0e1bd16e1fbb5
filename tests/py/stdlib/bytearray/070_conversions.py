# other places that accept a bytearray / bytes-like object
print(int(bytearray(b'42')), float(bytearray(b'1.5')), int(bytearray(b'ff'), 16))
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), int.from_bytes(memoryview(b'\x01\x02'), 'little'))
print(str(bytearray(b'abc'), 'ascii'), str(memoryview(b'xyz'), 'utf-8'))
print(ord(bytearray(b'a')), bytes(bytearray(b'b')), bytes(memoryview(b'c')))
print(list(reversed(bytearray(b'abc'))), sorted(bytearray(b'cab')))
print(type(iter(bytearray(b'a'))).__name__, [x for x in bytearray(b'hi')])
print(b''.join([bytearray(b'a'), b'b']), bytearray(b'x').join([]))
print(bytearray(b'a').__reduce__(), bytearray().__reduce__())
import copy
c = copy.copy(bytearray(b'copy'))
print(c, type(c).__name__)
try:
    str(bytearray(b'\xff'), 'utf-8')
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e)
