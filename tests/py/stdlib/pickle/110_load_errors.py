# Errors of loads() on corrupt or truncated pickles.
import pickle

cases = [b'', b'\x80', b'K', b'N', b'\x80\x04', b'x', b'\x00', b'\xff',
         b'\x80\x06N.', b'.', b'(.', b'0.', b'h\x05.', b'g5\n.', b'I12',
         b'Xab', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'(N1.',
         b'(\x90.', b'}(Nu.', b'b.', b'NNb.', b'\x8b\xff\xff\xff\xff.',
         b'P1\n.', b'Q.', b'NQ.', b"S'ab'\n.", b'Sab\n.',
         b'S"a\\x41\\n\\101"\n.', b'\x82\x00.', b'\x82\x05\x00',
         b'cnomod\nx\n.', b'\x8c\x01a\x8c\x01b\x93.', b'K\x01K\x02\x93.',
         b'}N.', b'N\x85K\x01K\x02\x86K\x03.', b'(K\x01K\x02t.']
for data in cases:
    try:
        print(data, '->', repr(pickle.loads(data)))
    except Exception as e:
        print(data, '->', type(e).__name__, e)
try:
    pickle.loads('abc')
except TypeError as e:
    print(type(e).__name__, e)
print(pickle.loads(b'K\x05.trailing data'))
print(pickle.loads(bytearray(b'K\x06.')), pickle.loads(memoryview(b'K\x07.')))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
