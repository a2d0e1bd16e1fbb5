from array import array
import array as A
print(A.typecodes)
for c in A.typecodes:
    a = array(c) if c != 'u' else array('u', 'hi')
    print(c, a.typecode, a.itemsize, a)
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a))
print(array('d', [1.5, 2]), array('f', [0.1]), array('u', 'abc'))
print(array('i', range(4)), array('i', (x * x for x in range(4))))
print(array('i', b'\x01\x00\x00\x00'), array('b', bytearray(b'\xff\x01')))
print(array('d', array('i', [1, 2])), array('i', array('i', [7])))
print(A.ArrayType is array, type(a).__name__, type(a).__module__)
print(2 in a, 5 in a, 2.0 in a)
