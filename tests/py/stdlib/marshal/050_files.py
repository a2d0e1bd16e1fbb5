# dump/load with file objects: one object after another.
import io
import marshal

f = io.BytesIO()
marshal.dump([1, 'two', 3.0], f)
marshal.dump({'k': (None, True)}, f, 2)
marshal.dump(b'end', f)
print(f.getvalue())
f.seek(0)
print(marshal.load(f))
print(marshal.load(f))
print(marshal.load(f))
for data in (b'', b'i\x01'):
    try:
        marshal.load(io.BytesIO(data))
    except EOFError as e:
        print(type(e).__name__, e)
