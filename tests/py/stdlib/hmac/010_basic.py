import hashlib
import hmac
for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b'):
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b'k' * 200, b'msg', hashlib.sha256).hexdigest())
print(hmac.new(bytearray(b'key'), digestmod=hashlib.sha1).hexdigest())
print(hmac.HMAC(b'key', b'', 'md5').hexdigest())
