# dumps() bytes of None, bools, ints of every size and floats, every protocol
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256,
          2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63, -2**63, -2**63 - 1,
          255 << 8, 2**64, -(2**64), 2**2040, -(2**2040), 2**2048 - 1,
          0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, float('inf'), float('-inf'),
          1 / 3]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        print(proto, repr(v)[:30], data if len(data) < 80 else len(data), ok)
print(pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
print(pickle.loads(pickle.dumps(float('nan'))))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(7) == pickle.dumps(7, 4), pickle.dumps(7, -1))
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.encode_long(0))
print(pickle.decode_long(b'\xff\x00'), pickle.decode_long(b'\x00\xff'))
