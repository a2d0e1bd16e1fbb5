import hashlib
for data in (b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 1000):
    print(hashlib.md5(data).hexdigest())
    print(hashlib.sha1(data).hexdigest())
h = hashlib.md5()
h.update(b'ab')
h.update(bytearray(b'c'))
print(h.hexdigest(), h.digest())
print(h.name, h.digest_size, h.block_size)
