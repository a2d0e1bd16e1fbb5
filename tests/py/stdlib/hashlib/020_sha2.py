import hashlib
for name in ('sha224', 'sha256', 'sha384', 'sha512'):
    ctor = getattr(hashlib, name)
    for data in (b'', b'abc', b'x' * 200):
        h = ctor(data)
        print(name, h.hexdigest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.new('sha512_256', b'abc').hexdigest())
print(hashlib.new('sha512_224', b'abc').hexdigest())
