# dump() and load() with real files, several pickles in one file.
import io
import os
import pickle
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.pkl')
    with open(path, 'wb') as f:
        pickle.dump({'a': [1, 2]}, f)
        pickle.dump('second', f, protocol=0)
        pickle.dump(list(range(30000)), f, protocol=5)
        pickle.dump(b'big' * 30000, f)
    with open(path, 'rb') as f:
        print(pickle.load(f))
        print(pickle.load(f))
        print(sum(pickle.load(f)))
        print(len(pickle.load(f)))
        try:
            pickle.load(f)
        except EOFError as e:
            print(type(e).__name__, e)
    print(os.path.getsize(path))
buf = io.BytesIO()
pickle.dump([1, 2], buf, 1)
pickle.dump((3,), buf, 3)
buf.seek(0)
up = pickle.Unpickler(buf)
print(up.load(), up.load())
buf = io.BytesIO(pickle.dumps([1, 2, 3], 4)[:-3])
try:
    pickle.load(buf)
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
