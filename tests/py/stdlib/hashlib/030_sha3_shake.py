import hashlib
for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    for data in (b'', b'abc', b'y' * 300):
        h = hashlib.new(name, data)
        print(name, h.hexdigest(), h.digest_size, h.block_size)
for name in ('shake_128', 'shake_256'):
    h = getattr(hashlib, name)(b'abc')
    print(name, h.hexdigest(16), h.digest(5), h.digest_size, h.block_size, h.name)
    print(h.hexdigest(0), len(h.digest(300)))
    try:
        h.digest()
    except TypeError as e:
        print(type(e).__name__, e)
