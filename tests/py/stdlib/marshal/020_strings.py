# Strings: short ASCII, long ASCII, non-ASCII and interned names.
import marshal

def show(v):
    data = marshal.dumps(v)
    print(data[:12], len(data), marshal.loads(data) == v)

show('')
show('hello world')
show('x' * 300)
show('caf\xe9')
show('\u20ac' * 100)
show(''.join(['tw', 'o words']))
for version in range(5):
    print(version, marshal.dumps(''.join(['ab', 'c d']), version),
          marshal.dumps(''.join(['\xe9', 'x']), version))
print(repr(marshal.loads(b'u\x02\x00\x00\x00\xc3\xa9')))
print(repr(marshal.loads(b'a\x03\x00\x00\x00abc')))
print(repr(marshal.loads(b'\xda\x03abc')))
