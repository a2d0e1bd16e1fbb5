# Errors of dumps(): bad protocols, bad reduce values, bad files.
import pickle
import copyreg


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return self.v


for v in [1, (), (1,), (1, 2, 3, 4, 5, 6, 7), (1, 2), (len, [1]),
          (len, (), None, 5), (len, (), None, None, 5),
          (len, (), None, None, None, 5),
          (copyreg.__newobj__, (int,)), (copyreg.__newobj__, ()),
          (copyreg.__newobj__, (1,))]:
    try:
        pickle.dumps(R(v))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: pickle.dumps(1, 6), lambda: pickle.Pickler(1),
             lambda: pickle.Unpickler(1),
             lambda: pickle.dumps(1, buffer_callback=print, protocol=4)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
import sys
try:
    pickle.dumps(sys)
except TypeError as e:
    print(type(e).__name__, e)


class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return 'x\u1234' if obj == 5 else None


import io
try:
    P0(io.BytesIO(), 0).dump([5])
except pickle.PicklingError as e:
    print(type(e).__name__, e)
print(pickle.dumps(1, -1), pickle.dumps(1, protocol=None))
