# Pickles written by CPython (and by Python 2) load.
import pickle
import collections

made_by_cpython = [
    b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01\x8c\x01a\x94G?\xf8\x00\x00\x00\x00\x00\x00}\x94K\x02\x88s\x8f\x94(K\x03\x90N\x89e.',
    b'\x80\x02}q\x00(X\x01\x00\x00\x00kq\x01]q\x02(K\x01K\x02eX\x01\x00\x00\x00tq\x03K\x01K\x02\x86q\x04u.',
    b'(lp0\nI1\naVabc\np1\naF2.5\na(I1\nI2\ntp2\na.',
    b'\x80\x05\x95\r\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00xy\x94.',
    b'\x80\x03C\x03ab\xffq\x00.',
    b'c_codecs\nencode\np0\n(Vab\xff\np1\nVlatin1\np2\ntp3\nRp4\n.',
    b"\x80\x04\x95'\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94K\x01K\x02s.",
    b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.',
    b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.',
    b'\x80\x02cexceptions\nValueError\nq\x00X\x03\x00\x00\x00badq\x01\x85q\x02Rq\x03.',
    b'(lp0\nS\'py2 str\'\np1\naS"it\'s"\np2\naL12345678901234567890L\na.',
    b'\x80\x02]q\x00(U\x05shortq\x01T\x04\x00\x00\x00longq\x02e.',
]
for data in made_by_cpython:
    print(repr(pickle.loads(data)))
print(pickle.loads(b'\x80\x02U\x02\xc3\xa9.', encoding='latin1'))
print(pickle.loads(b'\x80\x02U\x02\xc3\xa9.', encoding='bytes'))
print(pickle.loads(b'\x80\x02U\x02\xc3\xa9.', encoding='utf-8'))
try:
    pickle.loads(b'\x80\x02U\x02\xc3\xa9.')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(pickle.loads(b'U\x02\xc3\xa9.', encoding='ascii', errors='replace'))
print(pickle.loads(b'\x80\x02cUserDict\nIterableUserDict\nq\x00.'))
print(pickle.loads(b'\x80\x02ccopy_reg\n_reconstructor\nq\x00.').__name__)
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00.', fix_imports=True))
try:
    pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00.', fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)
