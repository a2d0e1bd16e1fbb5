import binascii as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b.hexlify(b'\x01\xab\xff'))
attempt(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', '-'))
attempt(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', b':', 2))
attempt(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', ':', -2))
attempt(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', ':', 0))
attempt(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', '::'))
attempt(lambda: b.hexlify('ab'))
attempt(lambda: b.hexlify(b'', ':'))
attempt(lambda: b.hexlify(bytearray(b'xyz'), sep='|', bytes_per_sep=1))
attempt(lambda: b.b2a_hex(memoryview(b'ab')))
attempt(lambda: b.unhexlify('01abFF'))
attempt(lambda: b.unhexlify(b'01abFF'))
attempt(lambda: b.unhexlify('01abF'))
attempt(lambda: b.unhexlify('01agFF'))
attempt(lambda: b.unhexlify('\xe91'))
attempt(lambda: b.unhexlify(5))
attempt(lambda: b.a2b_hex(bytearray(b'00')))
attempt(lambda: b.a2b_hex('ab', 'x'))
attempt(lambda: b.hexlify())
attempt(lambda: b.hexlify(b'', 1, 2, 3))
attempt(lambda: b.hexlify(b'abc', 1))
print(issubclass(b.Error, ValueError), issubclass(b.Incomplete, Exception), b.Error.__module__)
