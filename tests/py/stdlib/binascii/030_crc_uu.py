import binascii as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b.crc32(b'hello'))
attempt(lambda: b.crc32(b'hello', 12345))
attempt(lambda: b.crc32(b'hello', -1))
attempt(lambda: b.crc32(b'hello', 2**40))
attempt(lambda: b.crc32(b'lo', b.crc32(b'hel')))
attempt(lambda: b.crc32(bytes(range(256)) * 10))
attempt(lambda: b.crc_hqx(b'hello', 0))
attempt(lambda: b.crc_hqx(b'hello', 0x1ffff))
attempt(lambda: b.crc_hqx(b'hello', -1))
attempt(lambda: b.crc_hqx(b'hello'))
attempt(lambda: b.crc32('hello'))
attempt(lambda: b.crc32())
attempt(lambda: b.crc32(b'', crc=1))
attempt(lambda: b.crc32(b'', 1.5))
attempt(lambda: b.b2a_uu(b'hello world'))
attempt(lambda: b.b2a_uu(b'hello world', backtick=True))
attempt(lambda: b.b2a_uu(b''))
attempt(lambda: b.b2a_uu(b'', backtick=True))
attempt(lambda: b.b2a_uu(b'x' * 45))
attempt(lambda: b.b2a_uu(b'x' * 46))
attempt(lambda: b.a2b_uu(b'+:&5L;&\\@=V]R;&0 \n'))
attempt(lambda: b.a2b_uu('+:&5L;&\\@=V]R;&0`'))
attempt(lambda: b.a2b_uu(b''))
attempt(lambda: b.a2b_uu(b'\n'))
attempt(lambda: b.a2b_uu(b'+:&5L'))
attempt(lambda: b.a2b_uu(b'!:&5L'))
attempt(lambda: b.a2b_uu(b'!\x01'))
for n in range(0, 46, 7):
    data = bytes(range(n))
    print(n, b.a2b_uu(b.b2a_uu(data)) == data)
