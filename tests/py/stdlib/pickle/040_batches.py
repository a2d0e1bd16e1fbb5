# Long containers are written in batches of 1000 items (APPENDS,
# SETITEMS, ADDITEMS); compare the full bytes through a checksum.
import pickle

def digest(data):
    return (len(data), sum(data), sum(data[1::3]), sum(data[2::7]),
            sum(data[::101]), data[-20:])

values = [list(range(1000)), list(range(1001)), list(range(2001)),
          {i: -i for i in range(1001)}, set(range(1500)),
          frozenset(range(1200)), tuple(range(1001))]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(type(v).__name__, len(v), proto, digest(data), back == v)
print(pickle.dumps(list(range(1001)), 2)[-12:])
print(pickle.dumps({i: i for i in range(1001)}, 2)[-12:])
