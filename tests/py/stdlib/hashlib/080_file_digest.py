import hashlib
import io
import os
import tempfile

data = bytes(range(256)) * 1000
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), lambda: hashlib.blake2s(digest_size=8)).hexdigest())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.bin')
    with open(p, 'wb') as f:
        f.write(data)
    with open(p, 'rb') as f:
        print(hashlib.file_digest(f, 'sha1').hexdigest())
    with open(p, 'rb') as f:
        print(hashlib.file_digest(f, 'sha1', _bufsize=7).hexdigest())
    with open(p, 'r') as f:
        try:
            hashlib.file_digest(f, 'sha1')
        except ValueError as e:
            print('ValueError', str(e).startswith("'<_io.TextIOWrapper"))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(hashlib.__all__))
