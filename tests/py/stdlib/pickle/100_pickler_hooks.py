# persistent_id / persistent_load, dispatch_table, reducer_override,
# fast mode, clear_memo, find_class.
import io
import pickle
import copyreg


class Ref:
    def __init__(self, key):
        self.key = key


class PP(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return 'ref:' + obj.key
        return None


class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid


for proto in range(6):
    buf = io.BytesIO()
    PP(buf, proto).dump([Ref('a'), 1, Ref('b')])
    print(proto, buf.getvalue())
    print(PU(io.BytesIO(buf.getvalue())).load())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Point] = reduce_point
pk.dump(Point(1, 2))
print(buf.getvalue())
p = pickle.loads(buf.getvalue())
print(p.x, p.y)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (str, ('len replaced',))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([len, 1, Point])
print(buf.getvalue())
print(pickle.loads(buf.getvalue())[0])

shared = [1]
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.fast = 1
pk.dump([shared, shared])
print('fast', buf.getvalue())

buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(buf.getvalue())
buf.seek(0)
up = pickle.Unpickler(buf)
print(up.load(), up.load(), up.load())


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'len':
            return len
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(io.BytesIO(pickle.dumps(len))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point))).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
try:
    pickle.loads(pickle.dumps([Ref('z')], 2).replace(b'Ref', b'Reg'))
except AttributeError as e:
    print(type(e).__name__, str(e).startswith("Can't get attribute 'Reg' on"))
