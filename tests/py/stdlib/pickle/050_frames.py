# Protocol 4 and 5 frames: pickles of more than 64 KiB are cut in frames,
# and large bytes or str are written outside of the frames.
import pickle

def digest(data):
    return (len(data), sum(data), sum(data[1::3]), sum(data[2::7]),
            sum(data[::101]), data[-20:])

def frames(data):
    return data.count(pickle.FRAME)

values = [[('s%d' % i) * 4 for i in range(4000)], b'y' * 70000,
          ['q' * 70000, 'r' * 10], [str(i) * 30 for i in range(2500)],
          [b'a' * 65536, b'b' * 65535, b'c']]
for v in values:
    for proto in (3, 4, 5):
        data = pickle.dumps(v, proto)
        print(proto, digest(data), pickle.loads(data) == v)
print(pickle.dumps(None, 4), pickle.dumps((), 4), pickle.dumps(256, 4))
data = pickle.dumps(b'z' * 70000, 4)
print(data[:20], data[-12:])
