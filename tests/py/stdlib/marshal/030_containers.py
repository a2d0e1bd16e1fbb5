# Containers, and the references (FLAG_REF, 'r') to objects met twice.
import marshal

def show(v, version=4):
    data = marshal.dumps(v, version)
    print(data)
    print(' ', repr(marshal.loads(data)))

show([])
show(())
show([1, 2, 3])
show((1, (2, 3), [4, {5: 6}]))
show({'a': 1, 2: [3]})
show({7})
show(frozenset([8]))
print(sorted(marshal.loads(marshal.dumps({1, 2, 3}))))
show(tuple(range(300))[:3])
x = [1, 2]
show([x, x])
show([x, x], 2)
t = (float('1.5'), float('2.5'))
show({'k': t, 'v': t})
b = b'shared'
show([b, b, b])
show(x, 3)
show([[3], [3]])
d = marshal.loads(marshal.dumps([x, x]))
print(d[0] is d[1])
