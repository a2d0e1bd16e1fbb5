import hashlib
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    h.update(b'hello ')
    c = h.copy()
    c.update(b'world')
    h.update(memoryview(b'there'))
    if name.startswith('shake'):
        print(name, h.hexdigest(8), c.hexdigest(8))
    else:
        print(name, h.hexdigest()[:32], c.hexdigest()[:32], c.digest_size, c.block_size)
# Digesting twice gives the same and updating continues afterwards.
h = hashlib.sha256(b'a')
print(h.digest() == h.digest())
h.update(b'b')
print(h.hexdigest() == hashlib.sha256(b'ab').hexdigest())
big = hashlib.sha1()
for i in range(1000):
    big.update(str(i).encode())
print(big.hexdigest())
