import hashlib
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha256', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 100, 40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 10, dklen=100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'k' * 100), memoryview(b's'), 3).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('blake2b', b'pw', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha224', password=b'p', salt=b's', iterations=5, dklen=None).hex())


def attempt(f):
    try:
        print(f().hex())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1.5))
import _hashlib
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
attempt(lambda: hashlib.pbkdf2_hmac("nope", b"pw", b"salt", 1))
