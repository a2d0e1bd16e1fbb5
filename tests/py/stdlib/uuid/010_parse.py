import uuid


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: uuid.UUID('12345678-1234-5678-1234-567812345678'))
attempt(lambda: uuid.UUID('{12345678123456781234567812345678}'))
attempt(lambda: uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'))
attempt(lambda: uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4))
attempt(lambda: uuid.UUID(bytes_le=b'\x12\x34\x56\x78' * 4))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(int=5))
attempt(lambda: uuid.UUID(int=5, version=4))
attempt(lambda: uuid.UUID('1234'))
attempt(lambda: uuid.UUID('zz345678123456781234567812345678'))
attempt(lambda: uuid.UUID())
attempt(lambda: uuid.UUID('12345678123456781234567812345678', int=5))
attempt(lambda: uuid.UUID(bytes=b'1' * 15))
attempt(lambda: uuid.UUID(bytes_le=b'1' * 15))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 5)))
attempt(lambda: uuid.UUID(fields=(2**32, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2**16, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 256, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 2**48)))
attempt(lambda: uuid.UUID(int=-1))
attempt(lambda: uuid.UUID(int=2**128))
attempt(lambda: uuid.UUID(int=5, version=9))
