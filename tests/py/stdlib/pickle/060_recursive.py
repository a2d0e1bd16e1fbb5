# Shared references and cycles are kept (the memo).
import pickle

for proto in range(6):
    l = []
    l.append(l)
    d = {}
    d['self'] = d
    t = ([],)
    t[0].append(t)
    shared = [1, 2]
    print(proto, pickle.dumps(l, proto), pickle.dumps(d, proto))
    print(proto, pickle.dumps(t, proto))
    print(proto, pickle.dumps([shared, shared, (shared,)], proto))
    l2 = pickle.loads(pickle.dumps(l, proto))
    d2 = pickle.loads(pickle.dumps(d, proto))
    t2 = pickle.loads(pickle.dumps(t, proto))
    s2 = pickle.loads(pickle.dumps([shared, shared, (shared,)], proto))
    print(l2[0] is l2, d2['self'] is d2, t2[0][0] is t2,
          s2[0] is s2[1] is s2[2][0])
# a big tuple holding itself through a list
big = ([], 1, 2, 3, 4)
big[0].append(big)
for proto in range(6):
    data = pickle.dumps(big, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)
